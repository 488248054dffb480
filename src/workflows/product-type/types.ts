import { TYPE, recordWorkflows, type ValueInput } from "../product-taxonomy/records.js"

/**
 * create-product-types / update-product-types / delete-product-types: `product-type.created|updated|deleted`;
 * a value in use is a 400 from the unique index (Medusa's message); products of a deleted type lose it.
 */
const types = recordWorkflows<ValueInput & { value: string }>(TYPE, "Product type")
export const createProductTypesWorkflow = types.create
export const updateProductTypeWorkflow = types.update
export const deleteProductTypesWorkflow = types.delete
