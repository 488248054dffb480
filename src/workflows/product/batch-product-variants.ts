import type { Container } from "../../app/container.js"
import { invalidData, missingRelation, notFound } from "../../framework/errors.js"
import type { BatchResult } from "./batch-products.js"
import { createVariantsStep } from "./create-product-variants.js"
import { deleteVariantsStep } from "./delete-product-variants.js"
import type { CreateVariantInput } from "./inputs.js"
import { readProductState } from "./product-state.js"
import { updateVariantsStep, type VariantUpdate } from "./update-product-variants.js"

export interface VariantsBatch {
  create?: CreateVariantInput[]
  update?: VariantUpdate[]
  delete?: string[]
}

/**
 * batch-product-variants (POST /admin/products/:id/variants/batch): the product's variants
 * deleted · updated · created, with the steps of the single-variant workflows and their events,
 * in ONE transaction: a refused part writes nothing at all. Checked first, as Medusa does:
 * every updated id must be a variant of the product, not deleted by the same batch (Medusa's
 * "non-existing variants"). The batch acts on this product's variants only: ids of other
 * products' variants are refused in `update` and left alone in `delete` (Medusa would write
 * to them); unknown ids in `delete` are ignored and echoed, as in Medusa.
 */
export function batchProductVariantsWorkflow(
  c: Container,
  productId: string,
  input: VariantsBatch,
): Promise<BatchResult> {
  const creates = input.create ?? []
  const updates = input.update ?? []
  const deletes = input.delete ?? []
  if (!creates.length && !updates.length && !deletes.length)
    return Promise.resolve({ created: [], updated: [], deleted: [] })
  return c.transaction(async (tx) => {
    const product = await readProductState(tx, productId)
    if (!product && creates.length) throw missingRelation("product_id", productId)
    if (!product) throw notFound(`Product with id "${productId}" not found`)

    const removed = new Set(deletes.filter((id) => product.variants.some((v) => v.id === id)))
    const kept = { ...product, variants: product.variants.filter((v) => !removed.has(v.id)) }
    const unknown = [...new Set(updates.map((u) => u.id))].filter((id) => !kept.variants.some((v) => v.id === id))
    if (unknown.length) throw invalidData(`Cannot update non-existing variants with ids: ${unknown.join(", ")}`)

    await deleteVariantsStep(tx, [...removed])
    const updated = await updateVariantsStep(tx, kept, updates)
    const created = await createVariantsStep(tx, updated, creates)
    return { created: created.map((v) => v.id), updated: [...new Set(updates.map((u) => u.id))], deleted: deletes }
  })
}
