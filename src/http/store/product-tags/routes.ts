import { storeValueRecordRoutes } from "../records.js"

/** GET /store/product-tags and /store/product-tags/:id */
export const storeProductTagRoutes = storeValueRecordRoutes("tag")
