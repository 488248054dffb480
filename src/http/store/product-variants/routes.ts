import type { FastifyInstance } from "fastify"
import { sendJson } from "../../helpers/respond.js"
import { StoreProductVariantQuery, StoreProductVariantsQuery } from "./validators.js"
import { listStoreVariants, retrieveStoreVariant } from "./variant-read.js"

/** GET /store/product-variants and /store/product-variants/:id (2.11.2+, spec §8.2). */
export async function storeProductVariantRoutes(server: FastifyInstance) {
  server.get("/product-variants", { schema: { querystring: StoreProductVariantsQuery } }, async (request, reply) => {
    const channels = request.publishableKey!.sales_channel_ids
    const json = await listStoreVariants(request.container, channels, request.query as StoreProductVariantsQuery)
    return sendJson(reply, json)
  })

  server.get("/product-variants/:id", { schema: { querystring: StoreProductVariantQuery } }, async (request, reply) => {
    const { id } = request.params as { id: string }
    const channels = request.publishableKey!.sales_channel_ids
    const json = await retrieveStoreVariant(request.container, channels, id, request.query as StoreProductVariantQuery)
    return sendJson(reply, json)
  })
}
