import assert from "node:assert/strict"
import type { TestServer } from "../../../test-support/http.js"
import { ship } from "../../store/carts/test-support/checkout-test-helpers.js"

/** Admin API calls that set up what the page shows, each asserting success. */
async function ok(s: TestServer, method: string, path: string, body?: unknown): Promise<any> {
  const r = await s.request(method, path, body === undefined ? {} : { body })
  assert.ok(r.status === 200, `${method} ${path} → ${r.status} ${JSON.stringify(r.body)}`)
  return r.body
}

export async function createChannel(s: TestServer, name: string, description?: string): Promise<string> {
  return (await ok(s, "POST", "/admin/sales-channels", { name, ...(description ? { description } : {}) })).sales_channel
    .id
}

export async function createLocation(s: TestServer, name: string, city?: string, country = "dk"): Promise<string> {
  const address = city ? { address: { address_1: "1 Dock Road", city, country_code: country } } : {}
  return (await ok(s, "POST", "/admin/stock-locations", { name, ...address })).stock_location.id
}

export async function createKey(s: TestServer, title: string): Promise<{ id: string; token: string }> {
  const { api_key } = await ok(s, "POST", "/admin/api-keys", { title, type: "publishable" })
  return { id: api_key.id, token: api_key.token }
}

export interface ShopProduct {
  id: string
  title: string
  /** variant title → { variant id, inventory item id } */
  variants: Record<string, { id: string; item: string }>
}

/**
 * A published product with managed variants (one inventory item each, required quantity 1), in
 * `channels`, of the store's default shipping profile (what ship() covers: validate-shipping).
 */
export async function createProduct(
  s: TestServer,
  title: string,
  sizes: string[],
  channels: string[] = [],
): Promise<ShopProduct> {
  const { product } = await ok(s, "POST", "/admin/products", {
    title,
    status: "published",
    options: [{ title: "Size", values: sizes }],
    variants: sizes.map((size) => ({
      title: size,
      options: { Size: size },
      prices: [{ currency_code: "usd", amount: 20 }],
    })),
    sales_channels: channels.map((id) => ({ id })),
    shipping_profile_id: s.defaults.default_shipping_profile_id,
  })
  const read = await ok(
    s,
    "GET",
    `/admin/products/${product.id}?fields=id,variants.id,variants.title,variants.inventory_items.inventory_item_id`,
  )
  const variants: ShopProduct["variants"] = {}
  for (const v of read.product.variants) variants[v.title] = { id: v.id, item: v.inventory_items[0].inventory_item_id }
  return { id: product.id, title, variants }
}

/** Sets the stocked quantity of an item at a location (creates the level the first time). */
export async function setStock(s: TestServer, item: string, location: string, stocked: number): Promise<void> {
  const levels = await ok(s, "GET", `/admin/inventory-items/${item}/location-levels?location_id=${location}`)
  if (levels.inventory_levels.length)
    await ok(s, "POST", `/admin/inventory-items/${item}/location-levels/${location}`, { stocked_quantity: stocked })
  else
    await ok(s, "POST", `/admin/inventory-items/${item}/location-levels`, {
      location_id: location,
      stocked_quantity: stocked,
    })
}

/** Places an order through the store API (cart → free shipping → payment → complete), which reserves its stock. */
export async function placeOrder(s: TestServer, key: string, variantId: string, quantity: number): Promise<void> {
  const regions = await ok(s, "GET", "/admin/regions?fields=id,currency_code")
  const region =
    regions.regions.find((r: { currency_code: string }) => r.currency_code === "usd")?.id ??
    (
      await ok(s, "POST", "/admin/regions", {
        name: "US",
        currency_code: "usd",
        countries: ["us"],
        payment_providers: ["pp_system_default"],
      })
    ).region.id
  const store = async (path: string, body: unknown) => {
    const r = await s.request("POST", path, { key, body, token: null })
    assert.equal(r.status, 200, `POST ${path} → ${JSON.stringify(r.body)}`)
    return r.body
  }
  const { cart } = await store("/store/carts", {
    region_id: region,
    email: "buyer@example.com",
    items: [{ variant_id: variantId, quantity }],
  })
  await ship(s, key, cart.id)
  const { payment_collection } = await store("/store/payment-collections", { cart_id: cart.id })
  await store(`/store/payment-collections/${payment_collection.id}/payment-sessions`, {
    provider_id: "pp_system_default",
  })
  const done = await store(`/store/carts/${cart.id}/complete`, {})
  assert.equal(done.type, "order", JSON.stringify(done))
}

/** The storefront's number: `variants.inventory_quantity` of /store/products with a key of the channel. */
export async function storeQuantity(s: TestServer, key: string, productId: string, variantId: string): Promise<number> {
  const r = await s.request(
    "GET",
    `/store/products?id=${productId}&fields=id,variants.id,%2Bvariants.inventory_quantity`,
    { key, token: null },
  )
  assert.equal(r.status, 200, JSON.stringify(r.body))
  return r.body.products[0].variants.find((v: { id: string }) => v.id === variantId).inventory_quantity
}
