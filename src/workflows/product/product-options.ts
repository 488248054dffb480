import type { Container } from "../../app/container.js"
import { missingIds } from "../common/missing-ids.js"
import { invalidData } from "../../framework/errors.js"
import type { ProductState } from "./product-state.js"

/**
 * `option_ids` on a product update: the product's options become these. Options here belong
 * to one product each, so an id must be one of the product's own; an option left out is
 * removed unless a variant still uses it (Medusa's words for each refusal).
 */
export async function planOptionIds(tx: Container, product: ProductState, optionIds: string[]): Promise<string[]> {
  const own = new Set(product.options.map((o) => o.id))
  const foreign = [...new Set(optionIds.filter((id) => !own.has(id)))]
  if (foreign.length) {
    const missing = await missingIds(tx, "product_option", foreign)
    if (missing.length) throw invalidData(`Some product options were not found: [${missing.join(", ")}]`)
    throw invalidData(`Product options are already assigned to another product: ${foreign.join(", ")}`)
  }
  const removed = product.options.filter((o) => !optionIds.includes(o.id))
  assertOptionsUnused(product, removed)
  return removed.map((o) => o.id)
}

/** Options leaving a product may not be used by any of its variants (Medusa's words). */
export function assertOptionsUnused(product: ProductState, options: ProductState["options"]): void {
  const used = new Set(product.variants.flatMap((v) => v.valueIds))
  if (options.some((o) => o.values.some((value) => used.has(value.id)))) {
    throw invalidData("Cannot unassign product option from product which has variants for that option")
  }
}

/** Removes options (and their values) from the product. */
export async function removeOptions(tx: Container, optionIds: string[]): Promise<void> {
  if (optionIds.length) await tx.modules.product.softDeleteProductOptions(optionIds)
}

/**
 * `options: [{id}]` on a product create names an existing option. Options here belong to one
 * product each, so an existing one is always another product's (Medusa's words either way).
 */
export async function refuseReusedOptions(tx: Container, optionIds: string[]): Promise<void> {
  if (optionIds.length === 0) return
  const unique = [...new Set(optionIds)]
  const missing = await missingIds(tx, "product_option", unique)
  if (missing.length) throw invalidData(`Some product options were not found: [${missing.join(", ")}]`)
  throw invalidData(`Product options are already assigned to another product: ${unique.join(", ")}`)
}
