import { invalidData, notAllowed } from "../../../framework/errors.js"
import type { CartVariant, VariantLevel } from "./variants.js"

export const INSUFFICIENT_INVENTORY = "Some variant does not have the required inventory"

export interface InventoryNeed {
  /** the line (cart or order line) this need belongs to */
  line_id?: string
  variant_id: string
  inventory_item_id: string
  /** required_quantity × line quantity */
  quantity: number
  allow_backorder: boolean
  /** the channel's locations holding a level of the item, in level order */
  levels: VariantLevel[]
}

const available = (l: VariantLevel) => Number(l.stocked_quantity) - Number(l.reserved_quantity)

/**
 * Medusa's prepareConfirmInventoryInput: what each line needs of each inventory item, at the
 * locations of the cart's channel. A managed variant with no stock level at any of the
 * channel's locations is refused (unless it allows backorder); so is a managed variant
 * without inventory items. Unmanaged variants need nothing.
 */
export function inventoryNeeds(
  lines: { id?: string; variant_id: string; quantity: number }[],
  variants: Map<string, CartVariant>,
  channel: { id: string; location_ids: string[] },
): InventoryNeed[] {
  const locations = new Set(channel.location_ids)
  const atChannel = (v: CartVariant) =>
    v.inventory_items.flatMap((i) => i.inventory?.location_levels ?? []).some((l) => locations.has(l.location_id))
  const used = [...new Set(lines.map((l) => l.variant_id))]
    .map((id) => variants.get(id))
    .filter((v): v is CartVariant => !!v)
  if (!used.some((v) => v.manage_inventory)) return []
  for (const v of used) {
    if (v.manage_inventory && !v.allow_backorder && !atChannel(v)) {
      throw invalidData(`Sales channel ${channel.id} is not associated with any stock location for variant ${v.id}.`)
    }
  }
  const needs: InventoryNeed[] = []
  for (const line of lines) {
    const v = variants.get(line.variant_id)
    if (!v?.manage_inventory) continue
    if (v.inventory_items.length === 0) {
      throw invalidData(`Variant ${v.id} does not have any inventory items associated with it.`)
    }
    for (const link of v.inventory_items) {
      const levels = (link.inventory?.location_levels ?? [])
        .filter((l) => locations.has(l.location_id))
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      needs.push({
        line_id: line.id,
        variant_id: v.id,
        inventory_item_id: link.inventory_item_id,
        quantity: Number(link.required_quantity) * line.quantity,
        allow_backorder: v.allow_backorder,
        levels,
      })
    }
  }
  return needs
}

/**
 * Medusa's confirm-inventory step: each need must be covered by the summed availability of its
 * candidate locations (those that alone cover it, else all that hold the item).
 */
export function confirmInventory(needs: InventoryNeed[]) {
  for (const need of needs) {
    if (need.allow_backorder) continue
    const covering = need.levels.filter((l) => available(l) >= need.quantity)
    const candidates = covering.length ? covering : need.levels
    const total = candidates.reduce((sum, l) => sum + available(l), 0)
    if (total < need.quantity) throw notAllowed(INSUFFICIENT_INVENTORY, "insufficient_inventory")
  }
}
