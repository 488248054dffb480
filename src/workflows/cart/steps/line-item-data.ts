import type { LinePrice } from "./pricing.js"
import type { CartVariant } from "./variants.js"

export interface LineItemInput {
  variant_id: string
  quantity: number
  metadata?: Record<string, unknown> | null
}

/**
 * Medusa's prepareLineItemData: the line snapshots the product and variant as they are now.
 * `requires_shipping` holds when the product has a shipping profile or an inventory item of the
 * variant requires shipping.
 */
export function lineItemData(variant: CartVariant, item: LineItemInput, price: LinePrice) {
  const product = variant.product!
  return {
    quantity: item.quantity,
    title: product.title,
    subtitle: variant.title,
    thumbnail: variant.thumbnail ?? product.thumbnail,
    product_id: product.id,
    product_title: product.title,
    product_description: product.description,
    product_subtitle: product.subtitle,
    product_type: product.type?.value ?? null,
    product_type_id: product.type?.id ?? null,
    product_collection: product.collection?.title ?? null,
    product_handle: product.handle,
    variant_id: variant.id,
    variant_sku: variant.sku,
    variant_barcode: variant.barcode,
    variant_title: variant.title,
    variant_option_values: null,
    is_discountable: product.discountable,
    is_giftcard: product.is_giftcard,
    requires_shipping:
      !!product.shipping_profile || variant.inventory_items.some((i) => i.inventory?.requires_shipping === true),
    unit_price: price.amount,
    compare_at_unit_price: null,
    // Medusa's: whether the calculated price includes taxes (price preferences)
    is_tax_inclusive: price.is_tax_inclusive,
    metadata: item.metadata ?? {},
  }
}

/** Medusa's line merge rule: same variant and equal metadata (absent and `{}` are equal). */
export function sameMetadata(
  a: Record<string, unknown> | null | undefined,
  b: Record<string, unknown> | null | undefined,
): boolean {
  const empty = (m: Record<string, unknown> | null | undefined) =>
    m === null || m === undefined || Object.keys(m).length === 0
  if (empty(a) && empty(b)) return true
  return canonical(a) === canonical(b)
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`
  if (value && typeof value === "object") {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(",")}}`
  }
  return JSON.stringify(value)
}
