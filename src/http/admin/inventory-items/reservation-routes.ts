import type { FastifyInstance } from "fastify"
import type { z } from "zod"
import { likeSubstring } from "../../../framework/query/filters.js"
import { resolveFields, resolveOrder } from "../../helpers/fields.js"
import { listEnvelope, sendJson } from "../../helpers/respond.js"
import { RESERVATION_DEFAULT_FIELDS } from "./query-config.js"
import { ListReservationsQuery } from "./validators.js"

/** GET /admin/reservations: reservation items with their inventory item (Medusa's defaults). */
export async function reservationRoutes(server: FastifyInstance) {
  server.get("/reservations", { schema: { querystring: ListReservationsQuery } }, async (request, reply) => {
    const { fields, limit, offset, order, with_deleted: _, q, ...filters } = request.query as z.infer<typeof ListReservationsQuery>
    const json = await listEnvelope(request.container, "reservations", {
      entity: "reservation_item",
      fields: resolveFields(RESERVATION_DEFAULT_FIELDS, fields),
      filters: q ? { ...filters, description: { $ilike: likeSubstring(q) } } : filters,
      pagination: { skip: offset, take: limit, order: resolveOrder(order) },
    })
    return sendJson(reply, json)
  })
}
