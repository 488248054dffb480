import { missingRelation } from "../../framework/errors.js"
import { CATEGORY, linkProductsWorkflow } from "../product-taxonomy/records.js"

/**
 * batch-link-products-to-category: `add` products gain the category, `remove` ones lose it; an
 * unknown category is refused in the words of Medusa's pivot insert.
 */
export const linkProductsToCategoryWorkflow = linkProductsWorkflow(
  CATEGORY,
  (tx, id, add, remove) => tx.modules.product.setCategoryProducts(id, add, remove),
  (id) => missingRelation("product_category_id", id).message,
)
