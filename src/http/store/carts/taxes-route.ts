import type { FastifyInstance } from "fastify"
import type { ZodTypeProvider } from "fastify-type-provider-zod"
import { z } from "zod"
import { calculateCartTaxesWorkflow } from "../../../workflows/cart/calculate-taxes.js"
import { text } from "../../validation/common.js"
import { sendCart } from "./cart-response.js"
import { CartQuery } from "./validators.js"

/** Medusa's StoreCalculateCartTaxes: select params (or no body). */
const TaxesBody = z.object({ fields: text().optional() }).strict()

/** `POST /store/carts/:id/taxes`: tax lines computed now, even in a region without automatic taxes. */
export async function cartTaxesRoute(fastify: FastifyInstance) {
  const server = fastify.withTypeProvider<ZodTypeProvider>()
  server.post(
    "/carts/:id/taxes",
    { schema: { params: z.object({ id: text() }), body: TaxesBody.optional(), querystring: CartQuery } },
    async (request, reply) => {
      await calculateCartTaxesWorkflow(request.container, request.params.id)
      return sendCart(request, reply, request.params.id)
    },
  )
}
