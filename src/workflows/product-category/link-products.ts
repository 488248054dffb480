import { CATEGORY, linkProductsWorkflow } from "../product-taxonomy/records.js"

/**
 * batch-link-products-to-category: `add` products gain the category, `remove` ones lose it; an
 * unknown category is refused in the words of Medusa's pivot insert.
 */
export const linkProductsToCategoryWorkflow = linkProductsWorkflow(
  CATEGORY,
  (tx, id, add, remove) => tx.modules.product.setCategoryProducts(id, add, remove),
  (id) => `You tried to set relationship product_category_id: ${id}, but such entity does not exist`,
)
