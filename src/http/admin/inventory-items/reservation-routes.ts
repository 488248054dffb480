import {
  createReservationsWorkflow,
  deleteReservationsWorkflow,
  updateReservationWorkflow,
} from "../../../workflows/inventory/reservations.js"
import { forOne, recordRoutes } from "../../helpers/record-routes.js"
import { RESERVATION_DEFAULT_FIELDS } from "./query-config.js"
import { CreateReservationBody, ListReservationsQuery, UpdateReservationBody } from "./reservation-validators.js"
import { RetrieveQuery } from "./validators.js"

/**
 * /admin/reservations: reservation items with their inventory item, in Medusa's defaults and
 * messages (a GET of an unknown id is 404; an update of one is the workflow's invalid_data; a
 * delete of one answers deleted, as Medusa's).
 */
export const reservationRoutes = recordRoutes({
  path: "/reservations",
  entity: "reservation_item",
  key: "reservation",
  listKey: "reservations",
  object: "reservation",
  defaults: RESERVATION_DEFAULT_FIELDS,
  schemas: {
    list: ListReservationsQuery,
    retrieve: RetrieveQuery,
    create: CreateReservationBody,
    update: UpdateReservationBody,
  },
  create: forOne(createReservationsWorkflow),
  update: updateReservationWorkflow,
  delete: forOne(deleteReservationsWorkflow),
  missing: (id) => `Reservation with id: ${id} was not found`,
})
