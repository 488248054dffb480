/** The shapes this page reads from the admin API (only the fields it asks for). */

export interface Page {
  count: number
  offset: number
  limit: number
}

export interface SalesChannel {
  id: string
  name: string
  description: string | null
  is_disabled: boolean
  created_at: string
}

export interface PublishableKey {
  id: string
  title: string
  token: string
  revoked_at: string | null
}

export interface StockLocation {
  id: string
  name: string
  address?: { city: string | null; country_code: string | null } | null
}

export interface ChannelDetail extends SalesChannel {
  publishable_api_keys: PublishableKey[]
  stock_locations: StockLocation[]
}

export interface LocationLevel {
  location_id: string
  stocked_quantity: number
  reserved_quantity: number
}

export interface VariantStock {
  id: string
  title: string | null
  sku: string | null
  manage_inventory: boolean
  inventory_items: { required_quantity: number; inventory: { location_levels: LocationLevel[] } | null }[]
}

/** A product's listing in one channel (the link row; docs/channel-listings.md). */
export interface ProductListing {
  sales_channel_id: string
  visible: boolean
  purchasable: boolean
  available_from: string | null
  available_until: string | null
}

export interface ProductStock {
  id: string
  title: string
  status: string
  variants: VariantStock[]
  sales_channels_link?: ProductListing[]
}

export interface ProductSummary {
  id: string
  title: string
  status: string
  sales_channels: { id: string }[]
}
