import { IdParams } from "../../validation/params.js"
import type { TypedServer } from "../../helpers/typed-server.js"
import { z } from "zod"
import { transferCartCustomerWorkflow } from "../../../workflows/cart/transfer-cart-customer.js"
import { sendCart } from "./cart-response.js"
import { CartQuery } from "./validators.js"

/** Medusa's StoreUpdateCartCustomer: an empty object (or no body). */
const TransferBody = z.object({}).strict()

/** `POST /store/carts/:id/customer`: the signed-in customer takes the cart (Medusa's transferCart). */
export async function cartCustomerRoute(server: TypedServer) {
  server.post(
    "/carts/:id/customer",
    {
      onRequest: server.customerAuth.required,
      schema: { params: IdParams, body: TransferBody, querystring: CartQuery },
    },
    async (request, reply) => {
      await transferCartCustomerWorkflow(request.container, request.params.id, request.auth!.actor_id)
      return sendCart(request, reply, request.params.id)
    },
  )
}
