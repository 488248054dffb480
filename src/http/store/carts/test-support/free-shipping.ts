import assert from "node:assert/strict"

/** An admin API call: method, path, body → status and JSON body. */
export type AdminCall = (method: string, path: string, body?: unknown) => Promise<{ status: number; body: any }>

/**
 * A free shipping option ("Free shipping", manual provider) from a stock location to the given
 * countries, priced 0 in each currency, made through the admin API as a merchant would. A cart
 * whose items require shipping needs a shipping method before it completes (Medusa's
 * validate-shipping); a free one leaves the cart's totals as they were.
 */
export async function createFreeShipping(
  admin: AdminCall,
  input: {
    location_id: string
    shipping_profile_id: string
    countries: string[]
    currencies: string[]
    /** a priced option instead (name, type label and code, amount in each currency) */
    priced?: { name: string; amount: number }
    /** the fulfillment set's and zone's name (unique per location); "free shipping from <location>" */
    name?: string
  },
): Promise<string> {
  const ok = async (method: string, path: string, body?: unknown) => {
    const r = await admin(method, path, body)
    assert.equal(r.status, 200, `${method} ${path}: ${JSON.stringify(r.body)}`)
    return r.body
  }
  const location = `/admin/stock-locations/${input.location_id}`
  const name = input.name ?? `free shipping from ${input.location_id}`
  await ok("POST", `${location}/fulfillment-providers`, { add: ["manual_manual"] })
  const set = await ok("POST", `${location}/fulfillment-sets?fields=fulfillment_sets.id`, {
    name,
    type: "shipping",
  })
  const zone = await ok("POST", `/admin/fulfillment-sets/${set.stock_location.fulfillment_sets[0].id}/service-zones`, {
    name,
    geo_zones: input.countries.map((country_code) => ({ type: "country", country_code })),
  })
  const option = await ok("POST", "/admin/shipping-options", {
    name: input.priced?.name ?? "Free shipping",
    service_zone_id: zone.fulfillment_set.service_zones[0].id,
    shipping_profile_id: input.shipping_profile_id,
    price_type: "flat",
    provider_id: "manual_manual",
    type: input.priced
      ? { label: input.priced.name, code: input.priced.name.toLowerCase() }
      : { label: "Free", code: "free" },
    prices: input.currencies.map((currency_code) => ({ currency_code, amount: input.priced?.amount ?? 0 })),
  })
  return option.shipping_option.id as string
}
