import { TAG, recordWorkflows, type ValueInput } from "../product-taxonomy/records.js"

/**
 * create-product-tags / update-product-tags / delete-product-tags: `product-tag.created|updated|deleted`;
 * a value in use is a 400 from the unique index (Medusa's message); a deleted tag leaves its products.
 */
const tags = recordWorkflows<ValueInput & { value: string }>(TAG, "Product tag")
export const createProductTagsWorkflow = tags.create
export const updateProductTagWorkflow = tags.update
export const deleteProductTagsWorkflow = tags.delete
