import type { FastifyInstance } from "fastify"
import { sendJson } from "../../helpers/respond.js"
import { listStoreProducts, retrieveStoreProduct } from "./product-read.js"
import { StoreProductsQuery } from "./validators.js"

/** GET /store/products and /store/products/:id (spec §8.1–§8.2). */
export async function storeProductRoutes(server: FastifyInstance) {
  server.get("/products", { schema: { querystring: StoreProductsQuery } }, async (request, reply) => {
    const channels = request.publishableKey!.sales_channel_ids
    const json = await listStoreProducts(request.container, channels, request.query as StoreProductsQuery)
    return sendJson(reply, json)
  })

  server.get("/products/:id", { schema: { querystring: StoreProductsQuery } }, async (request, reply) => {
    const { id } = request.params as { id: string }
    const channels = request.publishableKey!.sales_channel_ids
    const json = await retrieveStoreProduct(request.container, channels, id, request.query as StoreProductsQuery)
    return sendJson(reply, json)
  })
}
