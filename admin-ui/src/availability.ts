import type { ProductStock, VariantStock } from "./types"

/**
 * A variant's available quantity in one sales channel, as Medusa computes the store's
 * `variants.inventory_quantity`: for each inventory item, floor(Σ (stocked − reserved) over its
 * levels at the channel's stock locations / required_quantity); the variant gets the minimum
 * over its items, null when it has none, and `undefined` when its inventory is not managed.
 */
export function variantAvailability(
  variant: VariantStock,
  locationIds: ReadonlySet<string>,
): number | null | undefined {
  if (!variant.manage_inventory) return undefined
  if (variant.inventory_items.length === 0) return null
  let least = Infinity
  for (const item of variant.inventory_items) {
    let available = 0
    for (const level of item.inventory?.location_levels ?? []) {
      if (locationIds.has(level.location_id)) available += level.stocked_quantity - level.reserved_quantity
    }
    least = Math.min(least, Math.floor(available / (item.required_quantity || 1)))
  }
  return least
}

export interface ProductAvailability {
  /** the sum over the managed variants; null when no variant is managed */
  total: number | null
  variants: { id: string; label: string; quantity: number | null | undefined }[]
}

export function productAvailability(product: ProductStock, locationIds: ReadonlySet<string>): ProductAvailability {
  const variants = product.variants.map((variant) => ({
    id: variant.id,
    label: variant.title ?? variant.sku ?? variant.id,
    quantity: variantAvailability(variant, locationIds),
  }))
  const managed = variants.filter((v) => v.quantity !== undefined)
  const total = managed.length ? managed.reduce((sum, v) => sum + (v.quantity ?? 0), 0) : null
  return { total, variants }
}
