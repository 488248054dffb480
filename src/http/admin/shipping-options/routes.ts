import {
  createShippingOptionsWorkflow,
  deleteShippingOptionsWorkflow,
  updateShippingOptionWorkflow,
} from "../../../workflows/fulfillment/shipping-options.js"
import type { FastifyInstance } from "fastify"
import { forOne, recordRoutes } from "../../helpers/record-routes.js"
import { DEFAULT_FIELDS } from "./query-config.js"
import { rulesBatchRoute } from "./rules-batch-route.js"
import {
  CreateShippingOptionBody,
  ListShippingOptionsQuery,
  RetrieveQuery,
  UpdateShippingOptionBody,
} from "./validators.js"

/**
 * /admin/shipping-options. `stock_location_id` filters through the zone's fulfillment set and its
 * location link; a GET of an unknown id is Medusa's 404, a delete of one answers deleted.
 */
const records = recordRoutes({
  path: "/shipping-options",
  entity: "shipping_option",
  key: "shipping_option",
  listKey: "shipping_options",
  object: "shipping_option",
  defaults: DEFAULT_FIELDS,
  schemas: {
    list: ListShippingOptionsQuery,
    retrieve: RetrieveQuery,
    create: CreateShippingOptionBody,
    update: UpdateShippingOptionBody,
  },
  extraParams: ["is_return", "admin_only"],
  listFilters: ({ stock_location_id, ...filters }) =>
    stock_location_id === undefined
      ? filters
      : { ...filters, service_zone: { fulfillment_set: { location: { id: stock_location_id } } } },
  create: async (c, body) => [await createShippingOptionsWorkflow(c, body)],
  update: updateShippingOptionWorkflow,
  delete: forOne(deleteShippingOptionsWorkflow),
  missing: (id) => `Shipping Option with id: ${id} not found`,
})

/** The records' routes and `POST /admin/shipping-options/:id/rules/batch`. */
export async function shippingOptionRoutes(server: FastifyInstance) {
  await records(server)
  await rulesBatchRoute(server)
}
