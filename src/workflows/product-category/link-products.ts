import { CATEGORY, linkProductsWorkflow } from "../product-taxonomy/records.js"

/** batch-link-products-to-category: `add` products gain the category, `remove` ones lose it. */
export const linkProductsToCategoryWorkflow = linkProductsWorkflow(CATEGORY, (tx, id, add, remove) =>
  tx.modules.product.setCategoryProducts(id, add, remove),
)
