import type { Container } from "../../app/container.js"
import { notFound } from "../../framework/errors.js"

/** What the visibility report reads: the key, its channels, the product with its listings and stock, the currency. */

export interface FactChannel {
  id: string
  name: string
  is_disabled: boolean
  stock_locations: { id: string }[]
}

export interface FactKey {
  id: string
  title: string
  type: string
  revoked_at: string | null
  sales_channels: FactChannel[]
}

export interface FactListing {
  sales_channel_id: string
  visible: boolean
  purchasable: boolean
  available_from: string | null
  available_until: string | null
}

export interface FactVariant {
  id: string
  manage_inventory: boolean
  allow_backorder: boolean
  prices: { currency_code: string }[]
  inventory_items: {
    required_quantity: number
    inventory: {
      location_levels: { location_id: string; stocked_quantity: number; reserved_quantity: number }[]
    } | null
  }[]
}

export interface FactProduct {
  id: string
  handle: string
  title: string
  status: string
  sales_channels_link: FactListing[]
  variants: FactVariant[]
}

const CHANNEL_FIELDS = ["id", "name", "is_disabled", "stock_locations.id"]

export async function findProduct(c: Container, idOrHandle: string): Promise<FactProduct> {
  const { data } = await c.query.graph<FactProduct>({
    entity: "product",
    fields: [
      "id",
      "handle",
      "title",
      "status",
      "sales_channels_link.*",
      "variants.id",
      "variants.manage_inventory",
      "variants.allow_backorder",
      "variants.prices.currency_code",
      "variants.inventory_items.required_quantity",
      "variants.inventory_items.inventory.location_levels.location_id",
      "variants.inventory_items.inventory.location_levels.stocked_quantity",
      "variants.inventory_items.inventory.location_levels.reserved_quantity",
    ],
    filters: { $or: [{ id: idOrHandle }, { handle: idOrHandle }] },
    pagination: { take: 1 },
  })
  if (!data[0]) throw notFound(`Product with id: ${idOrHandle} was not found`)
  return data[0]
}

/** A publishable key by its token or id, with its channels; undefined when there is none. */
export async function findKey(c: Container, by: { token?: string; id?: string }): Promise<FactKey | undefined> {
  const { data } = await c.query.graph<FactKey>({
    entity: "api_key",
    fields: ["id", "title", "type", "revoked_at", ...CHANNEL_FIELDS.map((f) => `sales_channels.${f}`)],
    filters: { type: "publishable", ...(by.token ? { token: by.token } : { id: by.id }) },
    pagination: { take: 1 },
  })
  return data[0]
}

export async function findChannel(c: Container, id: string): Promise<FactChannel | undefined> {
  const { data } = await c.query.graph<FactChannel>({
    entity: "sales_channel",
    fields: CHANNEL_FIELDS,
    filters: { id },
  })
  return data[0]
}

/** The region's currency: the given region's, else the store's default region's. */
export async function findCurrency(
  c: Container,
  regionId: string | undefined,
): Promise<{ region_id: string; currency_code: string } | undefined> {
  let id = regionId
  if (!id) {
    const { data } = await c.query.graph<{ default_region_id: string | null }>({
      entity: "store",
      fields: ["default_region_id"],
      pagination: { take: 1 },
    })
    id = data[0]?.default_region_id ?? undefined
  }
  if (!id) return undefined
  const { data } = await c.query.graph<{ id: string; currency_code: string }>({
    entity: "region",
    fields: ["id", "currency_code"],
    filters: { id },
  })
  if (!data[0]) throw notFound(`Region with id: ${id} was not found`)
  return { region_id: data[0].id, currency_code: data[0].currency_code }
}
