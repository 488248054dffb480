import assert from "node:assert/strict"
import type { TestServer } from "../../../../test-support/http.js"
import { createFreeShipping } from "./free-shipping.js"

/** Creates a cart through the store API and returns it (asserting 200). */
export async function createCart(s: TestServer, key: string, body: Record<string, unknown>, query = ""): Promise<any> {
  const r = await s.request("POST", `/store/carts${query}`, { key, body })
  assert.equal(r.status, 200, JSON.stringify(r.body))
  return r.body.cart
}

/** A cart created with `body`, then given a shipping method (`ship`) and a payment session (`pay`): ready to complete. */
export async function readyCart(s: TestServer, key: string, body: Record<string, unknown>): Promise<any> {
  const cart = await createCart(s, key, body)
  await ship(s, key, cart.id)
  await pay(s, key, cart.id)
  return cart
}

/** `POST /store/carts/:id/complete` with the key. */
export const complete = (s: TestServer, key: string, cartId: string) =>
  s.request("POST", `/store/carts/${cartId}/complete`, { key })

/** Starts a payment with the system provider: collection, then session. Returns the collection. */
export async function pay(s: TestServer, key: string, cartId: string): Promise<any> {
  const collection = await s.request("POST", "/store/payment-collections", { key, body: { cart_id: cartId } })
  assert.equal(collection.status, 200, JSON.stringify(collection.body))
  const id = collection.body.payment_collection.id
  const session = await s.request("POST", `/store/payment-collections/${id}/payment-sessions`, {
    key,
    body: { provider_id: "pp_system_default" },
  })
  assert.equal(session.status, 200, JSON.stringify(session.body))
  return session.body.payment_collection
}

/** The level of an item at a location, read back from the database. */
export async function level(
  s: TestServer,
  itemId: string,
  locationId: string,
): Promise<{ stocked_quantity: number; reserved_quantity: number }> {
  const { data } = await s.app.container.query.graph<{ stocked_quantity: number; reserved_quantity: number }>({
    entity: "inventory_level",
    fields: ["stocked_quantity", "reserved_quantity"],
    filters: { inventory_item_id: itemId, location_id: locationId },
  })
  return { stocked_quantity: data[0].stocked_quantity, reserved_quantity: data[0].reserved_quantity }
}

/** Events written to the outbox with this name (and, when given, this `data.id`). */
export async function events(s: TestServer, name: string, id?: string): Promise<Record<string, unknown>[]> {
  const rows = await s.app.core.pool.query<{ data: Record<string, unknown> }>(
    "SELECT data FROM event_outbox WHERE name = $1 AND ($2::text IS NULL OR data->>'id' = $2) ORDER BY seq",
    [name, id ?? null],
  )
  return rows.rows.map((r) => r.data)
}

/** How many rows a table holds (to prove a refused request wrote nothing). */
export async function count(s: TestServer, table: string): Promise<number> {
  const rows = await s.app.core.pool.query<{ n: string }>(
    `SELECT count(*) AS n FROM "${table}" WHERE deleted_at IS NULL`,
  )
  return Number(rows.rows[0].n)
}

const freeOptions = new WeakMap<TestServer, Map<string, Promise<string>>>()

/**
 * Gives the cart a free shipping method, as a storefront does before completing: a shipping
 * address in its region's first country when it has none, and the free option of the first
 * location of its channel (made once per server and location, for the checkout shop's
 * countries and currencies).
 */
export async function ship(s: TestServer, key: string, cartId: string) {
  const { data } = await s.app.container.query.graph<any>({
    entity: "cart",
    fields: ["shipping_address.country_code", "region.countries.iso_2", "sales_channel.stock_locations.id"],
    filters: { id: cartId },
  })
  const cart = data[0]
  if (!cart.shipping_address?.country_code) {
    const country_code = cart.region.countries[0].iso_2
    const r = await s.request("POST", `/store/carts/${cartId}`, { key, body: { shipping_address: { country_code } } })
    assert.equal(r.status, 200, JSON.stringify(r.body))
  }
  const locationId = cart.sales_channel.stock_locations[0].id as string
  const options = freeOptions.get(s) ?? new Map<string, Promise<string>>()
  freeOptions.set(s, options)
  if (!options.has(locationId)) {
    const admin = (method: string, path: string, body?: unknown) => s.request(method, path, { body })
    options.set(
      locationId,
      createFreeShipping(admin, {
        location_id: locationId,
        shipping_profile_id: s.defaults.default_shipping_profile_id,
        countries: ["us", "fr", "de"],
        currencies: ["usd", "eur"],
      }),
    )
  }
  const optionId = await options.get(locationId)!
  const r = await s.request("POST", `/store/carts/${cartId}/shipping-methods`, { key, body: { option_id: optionId } })
  assert.equal(r.status, 200, JSON.stringify(r.body))
}
