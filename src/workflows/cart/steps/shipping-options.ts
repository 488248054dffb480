import type { Container } from "../../../app/container.js"
import { invalidData } from "../../../framework/errors.js"

export interface CartForShipping {
  id: string
  sales_channel_id: string | null
  shipping_address: { country_code: string | null; province: string | null; city: string | null } | null
}

/** What a cart read for its shipping options takes: `CartForShipping`, its currency and region. */
export const CART_SHIPPING_FIELDS = [
  "id",
  "sales_channel_id",
  "currency_code",
  "region_id",
  "shipping_address.country_code",
  "shipping_address.province",
  "shipping_address.city",
]

interface OptionRow {
  id: string
  rules: { attribute: string; operator: string; value: unknown }[]
  service_zone: {
    geo_zones: { type: string; country_code: string; province_code: string | null; city: string | null }[]
  } | null
}

/** Medusa's validate-presence-of step: options are listed only for a cart with a channel, region and currency. */
export function assertShippingContext(cart: {
  sales_channel_id: string | null
  region_id: string | null
  currency_code: string | null
}) {
  const missing = (["sales_channel_id", "region_id", "currency_code"] as const).filter((f) => !cart[f])
  if (missing.length) throw invalidData(`Field(s) are required to have value to continue - ${missing.join(", ")}`)
}

const same = (a: string | null | undefined, b: string | null | undefined) =>
  (a ?? "").toLowerCase() === (b ?? "").toLowerCase()

/** A geo zone holds the address: its country, and for narrower zones its province and city too. */
function inZone(address: NonNullable<CartForShipping["shipping_address"]>, zone: OptionRow["service_zone"]): boolean {
  return (zone?.geo_zones ?? []).some((geo) => {
    if (!same(geo.country_code, address.country_code)) return false
    if (geo.type === "country") return true
    if (!same(geo.province_code, address.province)) return false
    return geo.type === "province" || same(geo.city, address.city)
  })
}

/** Each rule must hold in the context (`is_return`, `enabled_in_store`, as strings); a rule on anything else does not. */
function rulesHold(rules: OptionRow["rules"], context: Record<string, string>): boolean {
  return rules.every((rule) => {
    const actual = context[rule.attribute]
    if (actual === undefined) return false
    const values = (Array.isArray(rule.value) ? rule.value : [rule.value]).map(String)
    switch (rule.operator) {
      case "eq":
      case "in":
        return values.includes(actual)
      case "ne":
      case "nin":
        return !values.includes(actual)
      default:
        return false
    }
  })
}

/**
 * The shipping options a cart can use, as Medusa's list-shipping-options-for-cart selects them:
 * their service zone's fulfillment set belongs to a stock location of the cart's sales channel,
 * a geo zone of the zone holds the cart's shipping address (none without an address), and their
 * rules hold for `is_return` and `enabled_in_store: "true"`. Ids, in id order.
 */
export async function shippingOptionIdsForCart(
  c: Container,
  cart: CartForShipping,
  isReturn = false,
): Promise<string[]> {
  const address = cart.shipping_address
  if (!cart.sales_channel_id || !address?.country_code) return []
  const { data } = await c.query.graph<OptionRow>({
    entity: "shipping_option",
    fields: [
      "id",
      "rules.attribute",
      "rules.operator",
      "rules.value",
      "service_zone.geo_zones.type",
      "service_zone.geo_zones.country_code",
      "service_zone.geo_zones.province_code",
      "service_zone.geo_zones.city",
    ],
    filters: { service_zone: { fulfillment_set: { location: { sales_channels: { id: cart.sales_channel_id } } } } },
    pagination: { order: { id: "ASC" } },
  })
  const context = { is_return: String(isReturn), enabled_in_store: "true" }
  return data.filter((o) => inZone(address, o.service_zone) && rulesHold(o.rules, context)).map((o) => o.id)
}

/** The options' amounts for the cart's currency and region (null: no price), by option id. */
export async function shippingOptionAmounts(
  c: Container,
  cart: { currency_code: string; region_id: string | null },
  ids: string[],
): Promise<Map<string, { name: string; amount: number | null; is_tax_inclusive: boolean }>> {
  if (!ids.length) return new Map()
  const { data } = await c.query.graph<{ id: string; name: string; amount: number | null; is_tax_inclusive: boolean }>({
    entity: "shipping_option",
    fields: ["id", "name", "amount", "is_tax_inclusive"],
    filters: { id: ids },
    context: { currency_code: cart.currency_code, region_id: cart.region_id },
  })
  return new Map(data.map((o) => [o.id, o]))
}

/**
 * Medusa's refresh-cart-shipping-methods, after a cart change: a method whose option the cart
 * can no longer use (another channel, address or region) or that has no price in its currency
 * is removed; the others take the option's current amount.
 */
export async function refreshShippingMethods(c: Container, cartId: string): Promise<void> {
  type CartRow = CartForShipping & {
    currency_code: string
    region_id: string | null
    shipping_methods: { id: string; shipping_option_id: string | null; amount: number }[]
  }
  const { data } = await c.query.graph<CartRow>({
    entity: "cart",
    fields: [
      ...CART_SHIPPING_FIELDS,
      "shipping_methods.id",
      "shipping_methods.shipping_option_id",
      "shipping_methods.amount",
    ],
    filters: { id: cartId },
  })
  const cart = data[0]
  if (!cart?.shipping_methods.length) return
  const usable = new Set(await shippingOptionIdsForCart(c, cart))
  const priced = await shippingOptionAmounts(c, cart, [...usable])
  const stale: string[] = []
  for (const method of cart.shipping_methods) {
    const option =
      method.shipping_option_id && usable.has(method.shipping_option_id)
        ? priced.get(method.shipping_option_id)
        : undefined
    if (!option || option.amount === null) stale.push(method.id)
    else if (Number(option.amount) !== Number(method.amount)) {
      await c.modules.cart.updateShippingMethods(method.id, {
        amount: option.amount,
        is_tax_inclusive: option.is_tax_inclusive,
      })
    }
  }
  if (stale.length) await c.modules.cart.softDeleteShippingMethods(stale)
}
