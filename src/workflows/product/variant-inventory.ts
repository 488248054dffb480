import type { Container } from "../../app/container.js"
import type { LinkDefinition } from "../../framework/link/link-api.js"
import { createInventoryItemsStep, type CreateInventoryItemInput } from "../inventory/create-inventory-items.js"
import type { VariantFields } from "./inputs.js"
import type { PlannedVariant } from "./plan-variants.js"

/** Medusa's createDefaultInventoryItem: the item a managed variant gets when given none. */
export function defaultInventoryItem(variant: VariantFields & { title: string }): CreateInventoryItemInput {
  return {
    sku: variant.sku ?? null,
    origin_country: variant.origin_country ?? null,
    mid_code: variant.mid_code ?? null,
    material: variant.material ?? null,
    weight: variant.weight ?? null,
    length: variant.length ?? null,
    height: variant.height ?? null,
    width: variant.width ?? null,
    title: variant.title,
    description: variant.title,
    hs_code: variant.hs_code ?? null,
    requires_shipping: true,
  }
}

export const variantItemLink = (variantId: string, itemId: string, requiredQuantity = 1): LinkDefinition => ({
  product: { variant_id: variantId },
  inventory: { inventory_item_id: itemId },
  data: { required_quantity: requiredQuantity },
})

/**
 * Inventory of new variants: a managed variant is linked to the items it names, or to a
 * default item created for it (required quantity 1); unmanaged variants get nothing.
 * One insert for all default items, one link call for all pairs.
 */
export async function setUpVariantInventory(tx: Container, variants: PlannedVariant[]): Promise<void> {
  const managed = variants.filter((v) => v.manageInventory)
  const needDefault = managed.filter((v) => !v.input.inventory_items?.length)
  const created = await createInventoryItemsStep(
    tx,
    needDefault.map((v) => defaultInventoryItem(v.input)),
  )
  const links = needDefault.map((v, i) => variantItemLink(v.id, created[i].id))
  for (const v of managed) {
    for (const item of v.input.inventory_items ?? [])
      links.push(variantItemLink(v.id, item.inventory_item_id, item.required_quantity ?? 1))
  }
  if (links.length) await tx.link.create(links)
}
