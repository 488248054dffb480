import type { Container } from "../../../app/container.js"
import { notFound } from "../../../framework/errors.js"
import { lockAndReadCart } from "./lock-cart.js"
import type { CartRegion } from "./region.js"
import { assertChannelEnabled, type CartChannel } from "./sales-channel.js"

export interface CartLine {
  id: string
  variant_id: string | null
  quantity: number
  unit_price: number
  is_custom_price: boolean
  metadata: Record<string, unknown> | null
}

export interface CartForChange {
  id: string
  email: string | null
  customer_id: string | null
  currency_code: string
  region_id: string | null
  sales_channel_id: string | null
  locale: string | null
  completed_at: string | null
  region: CartRegion | null
  sales_channel: { id: string; name: string; is_disabled: boolean; stock_locations: { id: string }[] } | null
  shipping_address: {
    id: string
    country_code: string | null
    province: string | null
    postal_code: string | null
    city: string | null
  } | null
  items: CartLine[]
  shipping_methods: { id: string; shipping_option_id: string | null }[]
}

const FIELDS = [
  "id",
  "email",
  "customer_id",
  "currency_code",
  "region_id",
  "sales_channel_id",
  "locale",
  "completed_at",
  "region.id",
  "region.name",
  "region.currency_code",
  "region.countries.iso_2",
  "sales_channel.id",
  "sales_channel.name",
  "sales_channel.is_disabled",
  "sales_channel.stock_locations.id",
  "shipping_address.id",
  "shipping_address.country_code",
  "shipping_address.province",
  "shipping_address.postal_code",
  "shipping_address.city",
  "items.id",
  "items.variant_id",
  "items.quantity",
  "items.unit_price",
  "items.is_custom_price",
  "items.metadata",
  "shipping_methods.id",
  "shipping_methods.shipping_option_id",
]

/** Locks the cart (404 with the route's message when it is missing) and reads what changes need. */
export function cartForChange(c: Container, id: string, notFoundMessage?: string): Promise<CartForChange> {
  return lockAndReadCart(c, id, FIELDS, notFoundMessage)
}

/** The cart's channel as inventory checks use it; a deleted or disabled channel sells nothing. */
export function cartChannel(cart: Pick<CartForChange, "sales_channel" | "sales_channel_id">): CartChannel {
  const sc = cart.sales_channel
  if (!sc) throw notFound(`SalesChannel with id: ${cart.sales_channel_id} was not found`)
  assertChannelEnabled(sc)
  return { id: sc.id, name: sc.name, is_disabled: sc.is_disabled, location_ids: sc.stock_locations.map((l) => l.id) }
}
