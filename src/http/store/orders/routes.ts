import { IdParams } from "../../validation/params.js"
import type { TypedServer } from "../../helpers/typed-server.js"
import { resolveFields, resolveOrder } from "../../helpers/fields.js"
import { listEnvelope, sendJson } from "../../helpers/respond.js"
import { supportedFields } from "../../helpers/supported-fields.js"
import { listFilterValues } from "../../validation/common.js"
import { orderJson } from "./order-response.js"
import { ALLOWED_ORDER_FIELDS, DEFAULT_LIST_ORDER_FIELDS } from "./query-config.js"
import { ListOrdersQuery, OrderQuery } from "./validators.js"

/**
 * `GET /store/orders`: the signed-in customer's orders (401 without a customer, as Medusa);
 * `GET /store/orders/:id`: anyone holding an order id may read it, as in Medusa.
 */
export async function storeOrderRoutes(server: TypedServer) {
  server.get(
    "/orders",
    { onRequest: server.customerAuth.required, schema: { querystring: ListOrdersQuery } },
    async (request, reply) => {
      const { fields, limit, offset, order, with_deleted: _, ...filters } = request.query
      const json = await listEnvelope(request.container, "orders", {
        entity: "order",
        fields: supportedFields(
          request.container.core.schema,
          "order",
          resolveFields(DEFAULT_LIST_ORDER_FIELDS, fields, ALLOWED_ORDER_FIELDS),
        ),
        filters: { ...listFilterValues(filters), is_draft_order: false, customer_id: request.auth!.actor_id },
        pagination: { skip: offset, take: limit, order: resolveOrder(order) },
      })
      return sendJson(reply, json)
    },
  )

  server.get("/orders/:id", { schema: { params: IdParams, querystring: OrderQuery } }, async (request, reply) => {
    const json = await orderJson(request, request.params.id, { detail: true })
    return sendJson(reply, `{"order":${json}}`)
  })
}
