import { IdParams } from "../../validation/params.js"
import type { TypedServer } from "../../helpers/typed-server.js"
import { listStoreProducts, retrieveStoreProduct } from "./product-read.js"
import { StoreProductsQuery } from "./validators.js"

/** GET /store/products and /store/products/:id (docs/medusa-contract.md §8.1–§8.2). */
export async function storeProductRoutes(server: TypedServer) {
  server.get(
    "/products",
    { schema: { querystring: StoreProductsQuery }, preValidation: server.storeCache.prices.answerFromCache },
    async (request, reply) => {
      const channels = request.publishableKey!.sales_channel_ids
      return server.storeCache.prices.serve(request, reply, (groups) =>
        listStoreProducts(request.container, channels, request.query, groups),
      )
    },
  )

  server.get(
    "/products/:id",
    {
      schema: { params: IdParams, querystring: StoreProductsQuery },
      preValidation: server.storeCache.prices.answerFromCache,
    },
    async (request, reply) => {
      const { id } = request.params
      const channels = request.publishableKey!.sales_channel_ids
      return server.storeCache.prices.serve(request, reply, (groups) =>
        retrieveStoreProduct(request.container, channels, id, request.query, groups),
      )
    },
  )
}
