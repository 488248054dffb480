import type { Container } from "../../app/container.js"
import { missingIds } from "../common/missing-ids.js"
import { notFound } from "../../framework/errors.js"
import { createProductsStep } from "./create-products.js"
import { deleteProductsStep } from "./delete-products.js"
import type { CreateProductInput, UpdateProductInput } from "./inputs.js"
import { updateProductStep } from "./update-product.js"

export interface ProductsBatch {
  create?: CreateProductInput[]
  update?: (UpdateProductInput & { id: string })[]
  delete?: string[]
}

/** What a batch did: ids of the created and updated products; `deleted` echoes the ids asked for, as Medusa does. */
export interface BatchResult {
  created: string[]
  updated: string[]
  deleted: string[]
}

/** Every product an update names must exist (one read for all), in the product module's words. */
async function assertProductsExist(tx: Container, ids: string[]): Promise<void> {
  const missing = await missingIds(tx, "product", ids)
  if (missing.length) throw notFound(`Unable to update the products with ids: ${missing.join(", ")}`)
}

/**
 * batch-products (POST /admin/products/batch): create · update · delete, with the steps of the
 * single-product workflows and their events, in ONE transaction: a refused part (checked in
 * Medusa's order: the creates, then the updated ids) writes nothing at all. Unknown ids in
 * `delete` are ignored, as in Medusa.
 */
export function batchProductsWorkflow(c: Container, input: ProductsBatch): Promise<BatchResult> {
  const creates = input.create ?? []
  const updates = input.update ?? []
  const deletes = input.delete ?? []
  return c.transaction(async (tx) => {
    const created = creates.length ? await createProductsStep(tx, creates) : []
    if (updates.length)
      await assertProductsExist(
        tx,
        updates.map((u) => u.id),
      )
    for (const { id, ...update } of updates) await updateProductStep(tx, id, update)
    if (deletes.length) await deleteProductsStep(tx, deletes)
    return { created, updated: [...new Set(updates.map((u) => u.id))], deleted: deletes }
  })
}
