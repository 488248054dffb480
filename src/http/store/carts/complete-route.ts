import { IdParams } from "../../validation/params.js"
import type { TypedServer } from "../../helpers/typed-server.js"
import { completeCartWorkflow } from "../../../workflows/cart/complete-cart.js"
import { sendJson } from "../../helpers/respond.js"
import { orderJson } from "../orders/order-response.js"
import { OrderQuery } from "../orders/validators.js"

/**
 * `POST /store/carts/:id/complete` → `{type: "order", order}` (the order as the store order
 * fields shape it; `sales_channel_id` on request). A completed cart answers with its order.
 */
export async function completeCartRoute(server: TypedServer) {
  server.post(
    "/carts/:id/complete",
    { schema: { params: IdParams, querystring: OrderQuery } },
    async (request, reply) => {
      const { id } = await completeCartWorkflow(request.container, request.params.id)
      const order = await orderJson(request, id)
      return sendJson(reply, `{"type":"order","order":${order}}`)
    },
  )
}
