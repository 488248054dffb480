import type { FastifyInstance } from "fastify"
import { invalidData } from "../../../framework/errors.js"
import { cartForChange } from "../../../workflows/cart/steps/cart-for-change.js"
import { assertNotCompleted } from "../../../workflows/cart/steps/lock-cart.js"
import { validate } from "../../validation/validate.js"
import { AddShippingMethodBody, CartQuery, shippingMethodBodyError } from "./validators.js"

/**
 * `POST /store/carts/:id/shipping-methods`. salesgraph has no fulfillment module, so there are
 * no shipping options: any option is refused with Medusa's message, after its cart checks.
 * (Completing a cart does not require a shipping method here.)
 */
export async function shippingMethodsRoute(server: FastifyInstance) {
  server.post<{ Params: { id: string } }>(
    "/carts/:id/shipping-methods",
    { schema: { querystring: CartQuery } },
    async (request) => {
      const message = shippingMethodBodyError(request.body)
      if (message) throw invalidData(message)
      validate(AddShippingMethodBody, request.body ?? {})
      await request.container.transaction(async (tx) => {
        const cart = await cartForChange(tx, request.params.id)
        assertNotCompleted(cart)
        throw invalidData("Shipping Options are invalid for cart.")
      })
    },
  )
}
