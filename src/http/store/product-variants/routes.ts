import { IdParams } from "../../validation/params.js"
import type { TypedServer } from "../../helpers/typed-server.js"
import { StoreProductVariantQuery, StoreProductVariantsQuery } from "./validators.js"
import { listStoreVariants, retrieveStoreVariant } from "./variant-read.js"

/** GET /store/product-variants and /store/product-variants/:id (2.11.2+, docs/medusa-contract.md §8.2). */
export async function storeProductVariantRoutes(server: TypedServer) {
  server.get(
    "/product-variants",
    { schema: { querystring: StoreProductVariantsQuery }, preValidation: server.storeCache.prices.answerFromCache },
    async (request, reply) => {
      const channels = request.publishableKey!.sales_channel_ids
      return server.storeCache.prices.serve(request, reply, (groups) =>
        listStoreVariants(request.container, channels, request.query, groups),
      )
    },
  )

  server.get(
    "/product-variants/:id",
    {
      schema: { params: IdParams, querystring: StoreProductVariantQuery },
      preValidation: server.storeCache.prices.answerFromCache,
    },
    async (request, reply) => {
      const { id } = request.params
      const channels = request.publishableKey!.sales_channel_ids
      return server.storeCache.prices.serve(request, reply, (groups) =>
        retrieveStoreVariant(request.container, channels, id, request.query, groups),
      )
    },
  )
}
