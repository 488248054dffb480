import type { TypedServer } from "../../helpers/typed-server.js"
import { storePricedRoutes } from "../products/priced-routes.js"
import { StoreProductVariantQuery, StoreProductVariantsQuery } from "./validators.js"
import { listStoreVariants, retrieveStoreVariant } from "./variant-read.js"

/** GET /store/product-variants and /store/product-variants/:id (2.11.2+, docs/medusa-contract.md §8.2). */
export async function storeProductVariantRoutes(server: TypedServer) {
  storePricedRoutes(server, {
    path: "/product-variants",
    listQuery: StoreProductVariantsQuery,
    retrieveQuery: StoreProductVariantQuery,
    list: listStoreVariants,
    retrieve: retrieveStoreVariant,
  })
}
