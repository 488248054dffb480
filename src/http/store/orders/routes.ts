import type { FastifyInstance } from "fastify"
import { sendJson } from "../../helpers/respond.js"
import { orderJson } from "./order-response.js"
import { OrderQuery } from "./validators.js"

/** `GET /store/orders/:id`: anyone holding an order id may read it, as in Medusa. */
export async function storeOrderRoutes(server: FastifyInstance) {
  server.get<{ Params: { id: string } }>("/orders/:id", { schema: { querystring: OrderQuery } }, async (request, reply) => {
    const json = await orderJson(request, request.params.id, { detail: true })
    return sendJson(reply, `{"order":${json}}`)
  })
}
