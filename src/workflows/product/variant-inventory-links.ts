import type { Container } from "../../app/container.js"
import { notFound } from "../../framework/errors.js"
import { variantItemLink } from "./variant-inventory.js"

/** Sets how much of an item a variant takes (`requiredQuantity`). */
type RequiredQuantityWorkflow = (
  c: Container,
  variantId: string,
  itemId: string,
  requiredQuantity: number,
) => Promise<void>

/** POST …/variants/:variant_id/inventory-items: link (or re-link) an item to a variant. Both must exist. */
export const linkVariantInventoryItemWorkflow: RequiredQuantityWorkflow = (c, variantId, itemId, requiredQuantity) =>
  c.transaction(async (tx) => {
    await tx.link.create(variantItemLink(variantId, itemId, requiredQuantity))
  })

/** POST …/inventory-items/:inventory_item_id: change the required quantity of an existing link. */
export const updateVariantInventoryItemWorkflow: RequiredQuantityWorkflow = (c, variantId, itemId, requiredQuantity) =>
  c.transaction(async (tx) => {
    const existing = await tx.link.list(variantItemLink(variantId, itemId))
    if (existing.length === 0) throw notFound("Could not find all existing links from data")
    await tx.link.create(variantItemLink(variantId, itemId, requiredQuantity))
  })

/** DELETE …/inventory-items/:inventory_item_id: dismiss the link (a pair that is not linked is ignored). */
export function dismissVariantInventoryItemWorkflow(c: Container, variantId: string, itemId: string): Promise<void> {
  return c.transaction(async (tx) => {
    await tx.link.dismiss({ product: { variant_id: variantId }, inventory: { inventory_item_id: itemId } })
  })
}
