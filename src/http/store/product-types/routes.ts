import { storeValueRecordRoutes } from "../records.js"

/** GET /store/product-types and /store/product-types/:id */
export const storeProductTypeRoutes = storeValueRecordRoutes("type")
