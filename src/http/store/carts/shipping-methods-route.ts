import { IdParams } from "../../validation/params.js"
import type { TypedServer } from "../../helpers/typed-server.js"
import { invalidData } from "../../../framework/errors.js"
import { addShippingMethodToCartWorkflow } from "../../../workflows/cart/add-shipping-method.js"
import { validate } from "../../validation/validate.js"
import { sendCart } from "./cart-response.js"
import { AddShippingMethodBody, CartQuery, shippingMethodBodyError } from "./validators.js"

/**
 * `POST /store/carts/:id/shipping-methods` (`{option_id, data?}` or a list of them): the cart's
 * shipping methods become the given options' (see the workflow); answers `{cart}`.
 * (Completing a cart does not require a shipping method here.)
 */
export async function shippingMethodsRoute(server: TypedServer) {
  server.post(
    "/carts/:id/shipping-methods",
    { schema: { params: IdParams, querystring: CartQuery } },
    async (request, reply) => {
      const message = shippingMethodBodyError(request.body)
      if (message) throw invalidData(message)
      const body = validate(AddShippingMethodBody, request.body ?? {})
      const options = (Array.isArray(body) ? body : [body]).map((o) => ({ id: o.option_id, data: o.data }))
      await addShippingMethodToCartWorkflow(request.container, { cart_id: request.params.id, options })
      return sendCart(request, reply, request.params.id)
    },
  )
}
