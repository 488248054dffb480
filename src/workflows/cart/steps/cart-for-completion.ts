import type { Container } from "../../../app/container.js"
import type { Row } from "../../../framework/service/index.js"
import { lockAndReadCart } from "./lock-cart.js"
import { VARIANT_FIELDS, type CartVariant } from "./variants.js"

export interface PaymentSessionRow {
  id: string
  amount: number
  currency_code: string
  provider_id: string
  status: string
  payment_collection_id: string
}

export interface CartForCompletion {
  id: string
  email: string | null
  currency_code: string
  locale: string | null
  region_id: string | null
  customer_id: string | null
  sales_channel_id: string | null
  metadata: Record<string, unknown> | null
  completed_at: string | null
  total: number
  credit_line_total: number
  order: { id: string } | null
  sales_channel: { id: string; name: string; is_disabled: boolean; stock_locations: { id: string }[] } | null
  region: { id: string; payment_providers: { id: string }[] } | null
  shipping_address: Row | null
  billing_address: Row | null
  items: (Row & { id: string; variant_id: string | null; quantity: number; variant: CartVariant | null })[]
  shipping_methods: (Row & { id: string })[]
  payment_collection: { id: string; payment_sessions: PaymentSessionRow[] } | null
}

const FIELDS = [
  "id",
  "email",
  "currency_code",
  "locale",
  "region_id",
  "customer_id",
  "sales_channel_id",
  "metadata",
  "completed_at",
  "total",
  "credit_line_total",
  "order.id",
  "sales_channel.id",
  "sales_channel.name",
  "sales_channel.is_disabled",
  "sales_channel.stock_locations.id",
  "region.id",
  "region.payment_providers.id",
  "shipping_address.*",
  "billing_address.*",
  "items.*",
  "items.tax_lines.*",
  "items.adjustments.*",
  ...VARIANT_FIELDS.map((f) => `items.variant.${f}`),
  "shipping_methods.*",
  "shipping_methods.tax_lines.*",
  "shipping_methods.adjustments.*",
  "payment_collection.id",
  "payment_collection.payment_sessions.id",
  "payment_collection.payment_sessions.amount",
  "payment_collection.payment_sessions.currency_code",
  "payment_collection.payment_sessions.provider_id",
  "payment_collection.payment_sessions.status",
  "payment_collection.payment_sessions.payment_collection_id",
]

/** Locks the cart and reads everything its completion needs, in one query. */
export function cartForCompletion(c: Container, id: string): Promise<CartForCompletion> {
  return lockAndReadCart(c, id, FIELDS, `Cart with id '${id}' not found`)
}
