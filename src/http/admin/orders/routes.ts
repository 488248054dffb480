import { IdParams } from "../../validation/params.js"
import type { TypedServer } from "../../helpers/typed-server.js"
import type { FastifyRequest } from "fastify"
import { resolveFields, resolveOrder } from "../../helpers/fields.js"
import { listEnvelope, oneEnvelope, sendJson } from "../../helpers/respond.js"
import { supportedFields } from "../../helpers/supported-fields.js"
import {
  DEFAULT_LIMIT,
  LIST_ALWAYS,
  PREVIEW_FIELDS,
  LIST_DEFAULT_FIELDS,
  RETRIEVE_ALWAYS,
  RETRIEVE_DEFAULT_FIELDS,
} from "./query-config.js"
import { ListOrdersQuery, RetrieveOrderQuery } from "./validators.js"

/**
 * The requested fields and the ones Medusa always adds; fields the models cannot answer (a
 * customer's groups, promotions, a misspelt name) are left out, as Medusa does on these routes.
 */
const orderFields = (request: FastifyRequest, fields: string[], always: string[]) =>
  supportedFields(request.container.core.schema, "order", [...new Set([...fields, ...always])])

/** Read side of orders: checkout creates them; here they are listed and shown (one query each). */
export async function orderRoutes(server: TypedServer) {
  server.get("/orders", { schema: { querystring: ListOrdersQuery } }, async (request, reply) => {
    const { fields, limit, offset, order, with_deleted, ...filters } = request.query
    const json = await listEnvelope(request.container, "orders", {
      entity: "order",
      fields: orderFields(request, resolveFields(LIST_DEFAULT_FIELDS, fields), LIST_ALWAYS),
      // draft orders are not orders yet
      filters: { ...filters, is_draft_order: false },
      pagination: { skip: offset, take: limit ?? DEFAULT_LIMIT, order: resolveOrder(order) },
    })
    return sendJson(reply, json)
  })

  // Medusa's preview is the order with its pending change applied (an edit, a return, a claim);
  // salesgraph keeps no order changes yet, so the preview is the order as it is, read with the
  // fields Medusa's previewOrderChange selects (no `order_change` key: none pending)
  server.get("/orders/:id/preview", { schema: { params: IdParams } }, async (request, reply) => {
    const { id } = request.params
    const json = await oneEnvelope(
      request.container,
      "order",
      { entity: "order", fields: orderFields(request, PREVIEW_FIELDS, []), filters: { id } },
      `Order id not found: ${id}`,
    )
    return sendJson(reply, json)
  })

  server.get(
    "/orders/:id",
    { schema: { params: IdParams, querystring: RetrieveOrderQuery } },
    async (request, reply) => {
      const { id } = request.params
      const { fields } = request.query
      const json = await oneEnvelope(
        request.container,
        "order",
        {
          entity: "order",
          fields: orderFields(request, resolveFields(RETRIEVE_DEFAULT_FIELDS, fields), RETRIEVE_ALWAYS),
          filters: { id },
        },
        `Order id not found: ${id}`,
      )
      return sendJson(reply, json)
    },
  )
}
