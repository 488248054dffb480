import assert from "node:assert/strict"
import { before, describe, test } from "node:test"
import { assertFields } from "../../../test-support/assert-fields.js"
import { complete, count, createCart } from "../carts/test-support/checkout-test-helpers.js"
import { checkoutSuite } from "../carts/test-support/checkout-suite.js"

describe("store payment collections and sessions", () => {
  const { s, shop } = checkoutSuite()
  let key: string
  before(async () => {
    key = s.publishableKey
  })

  /** A cart of `quantity` tee M (20 usd each) and its payment collection, as the storefront creates them. */
  async function cartWithCollection(quantity = 1) {
    const cart = await createCart(s, key, {
      region_id: shop.region.us,
      items: [{ variant_id: shop.variant.teeM, quantity }],
    })
    const created = await s.request("POST", "/store/payment-collections", { key, body: { cart_id: cart.id } })
    return { cart, created, collection: created.body.payment_collection }
  }

  test("a cart's collection is created once, for its total, and is seen from the cart", async () => {
    const { cart, created: r, collection } = await cartWithCollection(2)
    assert.equal(r.status, 200)
    assert.match(collection.id, /^pay_col_[0-9A-Z]{26}$/)
    assert.deepEqual(collection, { id: collection.id, currency_code: "usd", amount: 40, payment_sessions: [] })
    const again = await s.request("POST", "/store/payment-collections", { key, body: { cart_id: cart.id } })
    assert.deepEqual(again.body.payment_collection, collection)
    const fromCart = await s.request("GET", `/store/carts/${cart.id}`, { key })
    const seen = fromCart.body.cart.payment_collection
    assert.equal(seen.id, collection.id)
    assert.equal(seen.status, "not_paid")
    assert.deepEqual(seen.raw_amount, { value: "40", precision: 20 })
    assert.equal(seen.authorized_amount, null)
    assert.deepEqual(seen.payment_sessions, [])
  })

  test("a session of the system provider: pending, for the collection's amount; a new one replaces it", async () => {
    const { collection } = await cartWithCollection()
    const r = await s.request("POST", `/store/payment-collections/${collection.id}/payment-sessions`, {
      key,
      body: { provider_id: "pp_system_default", data: { note: "x" } },
    })
    assert.equal(r.status, 200)
    const [session] = r.body.payment_collection.payment_sessions
    assert.deepEqual(Object.keys(r.body.payment_collection).sort(), [
      "amount",
      "currency_code",
      "id",
      "payment_sessions",
    ])
    assert.deepEqual(Object.keys(session).sort(), [
      "amount",
      "authorized_at",
      "context",
      "created_at",
      "currency_code",
      "data",
      "deleted_at",
      "id",
      "metadata",
      "payment",
      "payment_collection_id",
      "provider_id",
      "raw_amount",
      "status",
      "updated_at",
    ])
    assert.match(session.id, /^payses_/)
    assertFields(session, {
      status: "pending",
      amount: 20,
      currency_code: "usd",
      provider_id: "pp_system_default",
      data: { note: "x" },
      context: {},
      metadata: {},
      payment: null,
      authorized_at: null,
      raw_amount: { value: "20", precision: 20 },
    })
    const second = await s.request("POST", `/store/payment-collections/${collection.id}/payment-sessions`, {
      key,
      body: { provider_id: "pp_system_default" },
    })
    assert.equal(second.body.payment_collection.payment_sessions.length, 1)
    assert.notEqual(second.body.payment_collection.payment_sessions[0].id, session.id)
    assert.deepEqual(second.body.payment_collection.payment_sessions[0].data, {})
  })

  test("a cart change moves the collection's amount and drops its sessions", async () => {
    const { cart, collection } = await cartWithCollection()
    await s.request("POST", `/store/payment-collections/${collection.id}/payment-sessions`, {
      key,
      body: { provider_id: "pp_system_default" },
    })
    await s.request("POST", `/store/carts/${cart.id}/line-items`, {
      key,
      body: { variant_id: shop.variant.teeM, quantity: 1 },
    })
    const after = await s.request("POST", "/store/payment-collections", { key, body: { cart_id: cart.id } })
    assert.deepEqual(after.body.payment_collection, {
      id: collection.id,
      currency_code: "usd",
      amount: 40,
      payment_sessions: [],
    })
  })

  test("refusals: unknown cart or collection, provider not in the region, completed cart, bad bodies", async () => {
    const before = { collections: await count(s, "payment_collection"), sessions: await count(s, "payment_session") }
    const unknownCart = await s.request("POST", "/store/payment-collections", { key, body: { cart_id: "cart_nope" } })
    assert.equal(unknownCart.status, 404)
    assert.deepEqual(unknownCart.body, { type: "not_found", message: "Cart id not found: cart_nope" })
    const noCartId = await s.request("POST", "/store/payment-collections", { key, body: {} })
    assert.deepEqual(noCartId.body, { type: "invalid_data", message: "Invalid request: Field 'cart_id' is required" })
    const extra = await s.request("POST", "/store/payment-collections", { key, body: { cart_id: "x", amount: 1 } })
    assert.deepEqual(extra.body, { type: "invalid_data", message: "Invalid request: Unrecognized fields: 'amount'" })
    const unknownCollection = await s.request("POST", "/store/payment-collections/pay_col_nope/payment-sessions", {
      key,
      body: { provider_id: "pp_system_default" },
    })
    assert.equal(unknownCollection.status, 404)
    assert.equal(unknownCollection.body.type, "not_found")
    assert.equal(await count(s, "payment_collection"), before.collections)

    const eu = await createCart(s, key, {
      region_id: shop.region.eu,
      items: [{ variant_id: shop.variant.teeM, quantity: 1 }],
    })
    const euCollection = (await s.request("POST", "/store/payment-collections", { key, body: { cart_id: eu.id } })).body
      .payment_collection
    assert.equal(euCollection.currency_code, "eur")
    const notEnabled = await s.request("POST", `/store/payment-collections/${euCollection.id}/payment-sessions`, {
      key,
      body: { provider_id: "pp_system_default" },
    })
    assert.deepEqual(notEnabled.body, {
      type: "invalid_data",
      message: `Payment provider pp_system_default is not enabled in the cart's region ${shop.region.eu}.`,
    })
    const noProvider = await s.request("POST", `/store/payment-collections/${euCollection.id}/payment-sessions`, {
      key,
      body: {},
    })
    assert.deepEqual(noProvider.body, {
      type: "invalid_data",
      message: "Invalid request: Field 'provider_id' is required",
    })
    assert.equal(await count(s, "payment_session"), before.sessions)

    // a completed cart gets no new collection
    const free = await s.app.container.transaction(async (tx) => {
      const p = await tx.modules.product.createProducts({ title: "Sample", handle: "sample", status: "published" })
      const v = await tx.modules.product.createProductVariants({
        title: "Sample",
        product_id: p.id,
        manage_inventory: false,
      })
      await tx.modules.product.createProductVariantPrices({ variant_id: v.id, currency_code: "usd", amount: 0 })
      await tx.link.create({
        product: { product_id: p.id },
        sales_channel: { sales_channel_id: s.defaults.default_sales_channel_id },
      })
      return v.id as string
    })
    const cart = await createCart(s, key, { region_id: shop.region.us, items: [{ variant_id: free, quantity: 1 }] })
    assert.equal((await complete(s, key, cart.id)).status, 200)
    const late = await s.request("POST", "/store/payment-collections", { key, body: { cart_id: cart.id } })
    assert.deepEqual(late.body, { type: "invalid_data", message: `Cart ${cart.id} is already completed.` })
  })
})
