import type { Container } from "../../../app/container.js"

export interface VariantLevel {
  id: string
  location_id: string
  stocked_quantity: number
  reserved_quantity: number
}

export interface VariantInventoryLink {
  inventory_item_id: string
  required_quantity: number
  inventory: { id: string; requires_shipping: boolean; location_levels: VariantLevel[] } | null
}

export interface VariantPrice {
  currency_code: string
  amount: number
  min_quantity: number | null
  max_quantity: number | null
  rules: Record<string, unknown> | null
}

/** What pricing, snapshots and inventory confirmation need to know about a variant. */
export interface CartVariant {
  id: string
  title: string
  sku: string | null
  barcode: string | null
  thumbnail: string | null
  manage_inventory: boolean
  allow_backorder: boolean
  product: {
    id: string
    title: string
    description: string | null
    subtitle: string | null
    thumbnail: string | null
    status: string
    handle: string
    discountable: boolean
    is_giftcard: boolean
    type: { id: string; value: string } | null
    collection: { id: string; title: string } | null
    shipping_profile: { id: string } | null
    sales_channels: { id: string }[]
    /** the product's listings (docs/channel-listings.md) */
    sales_channels_link?: {
      sales_channel_id: string
      purchasable: boolean
      available_from: string | null
      available_until: string | null
    }[]
  } | null
  prices: VariantPrice[]
  inventory_items: VariantInventoryLink[]
}

/** Relative paths, so the completion can read the same through `items.variant.` */
export const VARIANT_FIELDS = [
  "id",
  "title",
  "sku",
  "barcode",
  "thumbnail",
  "manage_inventory",
  "allow_backorder",
  "product.id",
  "product.title",
  "product.description",
  "product.subtitle",
  "product.thumbnail",
  "product.status",
  "product.handle",
  "product.discountable",
  "product.is_giftcard",
  "product.type.id",
  "product.type.value",
  "product.collection.id",
  "product.collection.title",
  "product.shipping_profile.id",
  "product.sales_channels.id",
  "product.sales_channels_link.sales_channel_id",
  "product.sales_channels_link.purchasable",
  "product.sales_channels_link.available_from",
  "product.sales_channels_link.available_until",
  "prices.currency_code",
  "prices.amount",
  "prices.min_quantity",
  "prices.max_quantity",
  "prices.rules",
  "inventory_items.inventory_item_id",
  "inventory_items.required_quantity",
  "inventory_items.inventory.id",
  "inventory_items.inventory.requires_shipping",
  "inventory_items.inventory.location_levels.id",
  "inventory_items.inventory.location_levels.location_id",
  "inventory_items.inventory.location_levels.stocked_quantity",
  "inventory_items.inventory.location_levels.reserved_quantity",
]

/** The variants (live ones only) with their product, prices and stock, in one query. */
export async function loadVariants(c: Container, ids: string[]): Promise<Map<string, CartVariant>> {
  const unique = [...new Set(ids)]
  if (unique.length === 0) return new Map()
  const { data } = await c.query.graph<CartVariant>({
    entity: "product_variant",
    fields: VARIANT_FIELDS,
    filters: { id: unique },
  })
  return new Map(data.map((v) => [v.id, v]))
}
