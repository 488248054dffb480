import { recordRoutes } from "../../helpers/record-routes.js"
import { productOptionSchemas } from "./validators.js"

// Medusa's defaults; `products.*` is left out (an option belongs to one product here, `product`)
const DEFAULT_FIELDS = ["id", "title", "is_exclusive", "values.*", "products.*", "created_at", "updated_at", "metadata"]

/**
 * GET /admin/product-options: the products' options (the dashboard's Product options page lists
 * the shared ones, `is_exclusive=false`). Options are made and changed under their product. An
 * unknown id answers `{}` (200), as Medusa does on this route.
 */
export const productOptionRoutes = recordRoutes({
  path: "/product-options",
  entity: "product_option",
  key: "product_option",
  listKey: "product_options",
  defaults: DEFAULT_FIELDS,
  schemas: productOptionSchemas(20),
})
