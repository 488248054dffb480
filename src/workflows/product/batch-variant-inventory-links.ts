import type { Container } from "../../app/container.js"
import { notFound } from "../../framework/errors.js"
import { variantItemLink } from "./variant-inventory.js"

export interface VariantItemPair {
  variant_id: string
  inventory_item_id: string
}

export interface VariantItemLinksBatch {
  create?: (VariantItemPair & { required_quantity: number })[]
  update?: (VariantItemPair & { required_quantity: number })[]
  delete?: VariantItemPair[]
}

const pairKey = (p: VariantItemPair) => `${p.variant_id}\u0000${p.inventory_item_id}`

/**
 * POST /admin/products/:id/variants/inventory-items/batch (Medusa's batchLinksWorkflow over the
 * variant ↔ inventory item link, what `sdk.admin.product.batchVariantInventoryItems` sends):
 * create, update the required quantity of, and dismiss links in one transaction. Checked
 * before the first write: updated pairs must be linked, created pairs' ends must exist (Medusa
 * stores dangling rows; a 404 here). Dismissing a pair that is not linked is a no-op.
 */
export function batchVariantInventoryLinksWorkflow(c: Container, input: VariantItemLinksBatch): Promise<void> {
  const create = input.create ?? []
  const update = input.update ?? []
  const dismiss = input.delete ?? []
  return c.transaction(async (tx) => {
    // validate: every updated pair is linked now (one read for all of them)
    if (update.length) {
      const linked = await tx.link.list({
        product: { variant_id: update.map((u) => u.variant_id) },
        inventory: { inventory_item_id: update.map((u) => u.inventory_item_id) },
      })
      const have = new Set(linked.map((row) => pairKey(row as unknown as VariantItemPair)))
      if (update.some((u) => !have.has(pairKey(u)))) throw notFound("Could not find all existing links from data")
    }
    // write: creation checks both ends before its insert, so a missing one still writes nothing
    if (create.length)
      await tx.link.create(create.map((l) => variantItemLink(l.variant_id, l.inventory_item_id, l.required_quantity)))
    if (update.length)
      await tx.link.create(update.map((l) => variantItemLink(l.variant_id, l.inventory_item_id, l.required_quantity)))
    if (dismiss.length) {
      await tx.link.dismiss(
        dismiss.map((l) => ({
          product: { variant_id: l.variant_id },
          inventory: { inventory_item_id: l.inventory_item_id },
        })),
      )
    }
  })
}
