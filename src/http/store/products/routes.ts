import type { TypedServer } from "../../helpers/typed-server.js"
import { storePricedRoutes } from "./priced-routes.js"
import { listStoreProducts, retrieveStoreProduct } from "./product-read.js"
import { StoreProductsQuery } from "./validators.js"

/** GET /store/products and /store/products/:id (docs/medusa-contract.md §8.1–§8.2). */
export async function storeProductRoutes(server: TypedServer) {
  storePricedRoutes(server, {
    path: "/products",
    listQuery: StoreProductsQuery,
    retrieveQuery: StoreProductsQuery,
    list: listStoreProducts,
    retrieve: retrieveStoreProduct,
  })
}
