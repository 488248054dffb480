import { productOptionSchemas } from "../../admin/product-options/validators.js"
import { allowedFields, storeRecordRoutes } from "../records.js"

const DEFAULTS = ["id", "title", "is_exclusive", "values.*", "created_at", "updated_at", "metadata"]

/**
 * GET /store/product-options and /:id, as Medusa 2.21 answers them: every product option, not
 * scoped by the key's channels (Medusa's route reads them unscoped too). The storefront's product
 * page asks for the shared ones (`is_exclusive=false`).
 */
export const storeProductOptionRoutes = storeRecordRoutes({
  path: "/product-options",
  entity: "product_option",
  key: "product_option",
  listKey: "product_options",
  defaults: DEFAULTS,
  allowed: allowedFields(DEFAULTS, ["values.id", "values.value"]),
  schemas: productOptionSchemas(50),
  missing: (id) => `Product option with id: ${id} was not found`,
})
