import assert from "node:assert/strict"
import { after, afterEach, before, describe, test } from "node:test"
import { clock } from "../../../framework/clock.js"
import { testServer, type TestServer } from "../../../test-support/http.js"
import { createCheckoutShop, type CheckoutShop } from "./test-support/checkout-fixtures.js"
import { complete, count, createCart, pay, ship } from "./test-support/checkout-test-helpers.js"

describe("carts and channel listings: not purchasable now → 400, nothing written", () => {
  let s: TestServer
  let shop: CheckoutShop
  let key: string
  let channel: string
  const setListing = async (body: Record<string, unknown>) => {
    const r = await s.request("POST", `/admin/products/${shop.product.tee}/sales-channels/${channel}`, { body })
    assert.equal(r.status, 200, JSON.stringify(r.body))
  }
  const refusal = (variant: string) => ({
    type: "invalid_data",
    message: `Variants ${variant} are not available for purchase in sales channel ${channel}`,
  })
  const add = (cartId: string, variant = shop.variant.teeM) =>
    s.request("POST", `/store/carts/${cartId}/line-items`, { key, body: { variant_id: variant, quantity: 1 } })

  before(async () => {
    s = await testServer()
    shop = await createCheckoutShop(s.app.container, s.defaults.default_sales_channel_id)
    key = s.publishableKey
    channel = s.defaults.default_sales_channel_id
  })
  afterEach(() => clock.set(undefined))
  after(() => s.close())

  test("adding a variant of a product not purchasable in the cart's channel", async () => {
    const cart = await createCart(s, key, { region_id: shop.region.us })
    await setListing({ purchasable: false })
    const lines = await count(s, "cart_line_item")
    const refused = await add(cart.id)
    assert.equal(refused.status, 400)
    assert.deepEqual(refused.body, refusal(shop.variant.teeM))
    assert.equal(await count(s, "cart_line_item"), lines)
    const created = await s.request("POST", "/store/carts", {
      key,
      body: { region_id: shop.region.us, items: [{ variant_id: shop.variant.teeM, quantity: 1 }] },
    })
    assert.equal(created.status, 400)
    assert.deepEqual(created.body, refusal(shop.variant.teeM))
    await setListing({ purchasable: true, visible: false })
    assert.equal((await add(cart.id)).status, 200, "hidden is still purchasable")
    await setListing({ visible: true })
  })

  test("completion refuses to sell a line whose listing stopped being purchasable", async () => {
    const cart = await createCart(s, key, { region_id: shop.region.us, email: "late@example.com" })
    assert.equal((await add(cart.id)).status, 200)
    await ship(s, key, cart.id)
    await pay(s, key, cart.id)
    await setListing({ purchasable: false })
    const orders = await count(s, "order")
    const refused = await complete(s, key, cart.id)
    assert.equal(refused.status, 400)
    assert.deepEqual(refused.body, refusal(shop.variant.teeM))
    assert.equal(await count(s, "order"), orders)
    await setListing({ purchasable: true })
    const done = await complete(s, key, cart.id)
    assert.equal(done.status, 200, JSON.stringify(done.body))
    assert.equal(done.body.type, "order")
  })

  test("outside the window: refused one millisecond before available_from and at available_until", async () => {
    const from = Date.parse("2031-03-01T09:00:00.000Z")
    const until = from + 1000
    await setListing({ available_from: new Date(from).toISOString(), available_until: new Date(until).toISOString() })
    const cart = await createCart(s, key, { region_id: shop.region.us })
    clock.set(() => from - 1)
    assert.deepEqual((await add(cart.id)).body, refusal(shop.variant.teeM))
    clock.set(() => from)
    assert.equal((await add(cart.id)).status, 200)
    clock.set(() => until - 1)
    assert.equal((await add(cart.id)).status, 200)
    clock.set(() => until)
    assert.deepEqual((await add(cart.id)).body, refusal(shop.variant.teeM))
    clock.set(undefined)
    await setListing({ available_from: null, available_until: null })
  })
})
