import { batchBody, text } from "../../validation/common.js"
import { CreateProduct, CreateProductVariant, UpdateProduct, UpdateProductVariant } from "./validators.js"

/**
 * Bodies of the admin batch routes: strict at every level; an update names its record by `id`;
 * no `additional_data` in items; at most 10,000 of each.
 */
const MOST = 10_000

/** POST /admin/products/batch (`sdk.admin.product.batch`). */
export const BatchProductsBody = batchBody(CreateProduct, UpdateProduct.extend({ id: text() }), MOST)

/** POST /admin/products/:id/variants/batch (`sdk.admin.product.batchVariants`). */
export const BatchProductVariantsBody = batchBody(
  CreateProductVariant,
  UpdateProductVariant.extend({ id: text() }),
  MOST,
)
