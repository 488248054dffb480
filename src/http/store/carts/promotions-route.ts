import type { FastifyInstance } from "fastify"
import type { ZodTypeProvider } from "fastify-type-provider-zod"
import { z } from "zod"
import { updateCartPromotionsWorkflow } from "../../../workflows/cart/update-cart-promotions.js"
import { text } from "../../validation/common.js"
import { sendCart } from "./cart-response.js"
import { CartQuery } from "./validators.js"

const PromoCodes = z.object({ promo_codes: z.array(text()) }).strict()
const Params = z.object({ id: z.string() })

/**
 * `POST /store/carts/:id/promotions` adds codes (an empty list replaces them all: only the
 * automatic promotions stay), `DELETE` removes codes; both answer `{cart}` (Medusa 2.21.2).
 */
export async function cartPromotionsRoute(app: FastifyInstance) {
  const server = app.withTypeProvider<ZodTypeProvider>()
  const schema = { params: Params, body: PromoCodes, querystring: CartQuery }
  server.post("/carts/:id/promotions", { schema }, async (request, reply) => {
    const codes = request.body.promo_codes
    await updateCartPromotionsWorkflow(request.container, request.params.id, {
      codes,
      action: codes.length ? "add" : "replace",
    })
    return sendCart(request, reply, request.params.id)
  })
  server.delete("/carts/:id/promotions", { schema }, async (request, reply) => {
    await updateCartPromotionsWorkflow(request.container, request.params.id, {
      codes: request.body.promo_codes,
      action: "remove",
    })
    return sendCart(request, reply, request.params.id)
  })
}
