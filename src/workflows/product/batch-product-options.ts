import type { Container } from "../../app/container.js"
import { invalidData, missingRelation } from "../../framework/errors.js"
import { missingIds } from "../common/missing-ids.js"
import type { NewOption } from "./inputs.js"
import { assertOptionsUnused, removeOptions } from "./product-options.js"
import { readProductState, type ProductState } from "./product-state.js"

export interface ProductOptionsBatch {
  add?: (string | NewOption | { id: string; value_ids: string[] })[]
  remove?: string[]
}

/**
 * `add` naming existing options: options here belong to one product each, so an option is
 * either the product's own (Medusa: already linked) or another product's (Medusa: assigned to
 * another product, as for its exclusive options); an unknown id is Medusa's link 404.
 */
async function refuseNamedOptions(tx: Container, product: ProductState, ids: string[]): Promise<void> {
  if (ids.length === 0) return
  const [unknown] = await missingIds(tx, "product_option", ids)
  if (unknown) throw missingRelation("product_option_id", unknown)
  const own = new Set(product.options.map((o) => o.id))
  const linked = [...new Set(ids.filter((id) => own.has(id)))]
  if (linked.length) throw invalidData(`Product options are already linked to products: ${linked.join(", ")}`)
  throw invalidData(`Product options are already assigned to another product: ${[...new Set(ids)].join(", ")}`)
}

/** Creates the inline options (and their values) on the product, as Medusa's create-product-options step. */
async function createOptions(tx: Container, productId: string, options: NewOption[]): Promise<void> {
  if (options.length === 0) return
  const created = await tx.modules.product.createProductOptions(
    // Medusa creates these as shared options unless told otherwise
    options.map((o) => ({
      title: o.title,
      is_exclusive: o.is_exclusive ?? false,
      metadata: o.metadata ?? null,
      product_id: productId,
    })),
  )
  const values = options.flatMap((o, i) =>
    o.values.map((value) => ({ value, rank: o.ranks?.[value] ?? null, option_id: created[i].id })),
  )
  if (values.length) await tx.modules.product.createProductOptionValues(values)
}

/**
 * POST /admin/products/:id/options/batch (Medusa's create-and-link-product-options-to-product):
 * the product must exist · named options refused (see refuseNamedOptions) · removed options must
 * not be used by a variant; ids that are not the product's are ignored, as in Medusa · create
 * the inline options · delete the removed ones · emit `product.updated`.
 */
export function batchProductOptionsWorkflow(
  c: Container,
  productId: string,
  input: ProductOptionsBatch,
): Promise<void> {
  return c.transaction(async (tx) => {
    const product = await readProductState(tx, productId)
    if (!product) throw missingRelation("product_id", productId)
    const add = input.add ?? []
    await refuseNamedOptions(
      tx,
      product,
      add.flatMap((o) => (typeof o === "string" ? [o] : "id" in o ? [o.id] : [])),
    )
    const removed = product.options.filter((o) => input.remove?.includes(o.id))
    assertOptionsUnused(product, removed)
    await createOptions(
      tx,
      productId,
      add.filter((o): o is NewOption => typeof o !== "string" && !("id" in o)),
    )
    await removeOptions(
      tx,
      removed.map((o) => o.id),
    )
    tx.emit("product.updated", { id: productId })
  })
}
