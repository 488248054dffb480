import type { Container } from "../../app/container.js"
import type { ProductSpec } from "./build-product.js"

export interface ExistingPrice {
  id: string
  currency_code: string
  amount: number
  min_quantity: number | null
  max_quantity: number | null
  rules: Record<string, unknown> | null
}

export interface ExistingLevel {
  location_id: string
  stocked_quantity: number
}

export interface ExistingVariant {
  id: string
  sku: string | null
  title: string
  manage_inventory: boolean
  allow_backorder: boolean
  /** option value ids */
  options: { id: string }[]
  prices: ExistingPrice[]
  inventory_items: { inventory_item_id: string; inventory: { location_levels: ExistingLevel[] } | null }[]
}

export interface ExistingProduct {
  id: string
  handle: string
  title: string
  description: string | null
  status: string
  options: { id: string; title: string; values: { id: string; value: string }[] }[]
  variants: ExistingVariant[]
  sales_channels: { id: string }[]
  sales_channels_link: {
    sales_channel_id: string
    visible: boolean
    purchasable: boolean
    available_from: string | null
    available_until: string | null
  }[]
}

/** What the database holds for one batch of the file, read in three statements. */
export interface BatchState {
  products: Map<string, ExistingProduct>
  /** live variants with a SKU of the batch, and the handle of their product */
  skuOwners: Map<string, { handle: string }>
  /** inventory items with a SKU of the batch: a new variant is linked to one rather than refused */
  itemsBySku: Map<string, { id: string; levels: ExistingLevel[] }>
}

export async function readBatchState(tx: Container, specs: ProductSpec[]): Promise<BatchState> {
  const handles = specs.map((s) => s.handle)
  const skus = specs.flatMap((s) => s.variants.map((v) => v.sku))
  // one after the other: the statements share the transaction's connection anyway
  const products = await tx.query.graph<ExistingProduct>({
    entity: "product",
    fields: [
      "id",
      "handle",
      "title",
      "description",
      "status",
      "options.id",
      "options.title",
      "options.values.id",
      "options.values.value",
      "variants.id",
      "variants.sku",
      "variants.title",
      "variants.manage_inventory",
      "variants.allow_backorder",
      "variants.options.id",
      "variants.prices.id",
      "variants.prices.currency_code",
      "variants.prices.amount",
      "variants.prices.min_quantity",
      "variants.prices.max_quantity",
      "variants.prices.rules",
      "variants.inventory_items.inventory_item_id",
      "variants.inventory_items.inventory.location_levels.location_id",
      "variants.inventory_items.inventory.location_levels.stocked_quantity",
      "sales_channels.id",
      "sales_channels_link.sales_channel_id",
      "sales_channels_link.visible",
      "sales_channels_link.purchasable",
      "sales_channels_link.available_from",
      "sales_channels_link.available_until",
    ],
    filters: { handle: handles },
  })
  const owners = await tx.query.graph<{ sku: string; product: { handle: string } | null }>({
    entity: "product_variant",
    fields: ["sku", "product.handle"],
    filters: { sku: skus },
  })
  const items = await tx.query.graph<{ id: string; sku: string; location_levels: ExistingLevel[] }>({
    entity: "inventory_item",
    fields: ["id", "sku", "location_levels.location_id", "location_levels.stocked_quantity"],
    filters: { sku: skus },
  })
  return {
    products: new Map(products.data.map((p) => [p.handle, p])),
    skuOwners: new Map(owners.data.map((v) => [v.sku, { handle: v.product?.handle ?? "(no product)" }])),
    itemsBySku: new Map(items.data.map((i) => [i.sku, { id: i.id, levels: i.location_levels }])),
  }
}
