import assert from "node:assert/strict"
import { before, describe, test } from "node:test"
import { assertFields } from "../../../test-support/assert-fields.js"
import { complete, createCart, pay, ship } from "../carts/test-support/checkout-test-helpers.js"
import { checkoutSuite } from "../carts/test-support/checkout-suite.js"

describe("store orders", () => {
  const { s, shop } = checkoutSuite()
  let key: string, orderId: string, cartId: string
  before(async () => {
    key = s.publishableKey
    const cart = await createCart(s, key, {
      region_id: shop.region.us,
      email: "o@example.com",
      metadata: { ref: "A-1" },
      billing_address: { first_name: "Bill", country_code: "us" },
      items: [{ variant_id: shop.variant.teeM, quantity: 2, metadata: { gift: true } }],
    })
    cartId = cart.id
    await ship(s, key, cart.id)
    await pay(s, key, cart.id)
    const done = await complete(s, key, cart.id)
    assert.equal(done.status, 200)
    orderId = done.body.order.id
  })

  test("GET /store/orders/:id: the order with its lines, addresses and payment collection", async () => {
    const r = await s.request("GET", `/store/orders/${orderId}`, { key })
    assert.equal(r.status, 200)
    const order = r.body.order
    assertFields(order, {
      id: orderId,
      status: "pending",
      email: "o@example.com",
      currency_code: "usd",
      region_id: shop.region.us,
      total: 40,
      subtotal: 40,
      version: 1,
      sales_channel_id: undefined, // not a default store order field
    })
    assert.equal(order.items.length, 1)
    const [line] = order.items
    assert.match(line.id, /^ordli_/)
    assertFields(line, {
      title: "Tee",
      subtitle: "M",
      quantity: 2,
      unit_price: 20,
      variant_id: shop.variant.teeM,
      product_id: shop.product.tee,
      metadata: { gift: true },
      // the tee has the store's shipping profile: its lines ship
      requires_shipping: true,
    })
    assert.equal(line.variant.id, shop.variant.teeM)
    assert.equal(line.variant.product.id, shop.product.tee)
    assert.equal(order.shipping_address.country_code, "us")
    assert.match(order.shipping_address.id, /^ordaddr_/)
    assert.equal(order.billing_address.first_name, "Bill")
    assert.deepEqual(
      order.shipping_methods.map((m: { name: string; amount: number }) => [m.name, m.amount]),
      [["Free shipping", 0]],
    )
    assert.equal(order.payment_collections.length, 1)
    assert.equal(order.payment_collections[0].status, "authorized")
    assert.equal(order.payment_collections[0].amount, 40)
    assert.equal(order.payment_collections[0].authorized_amount, 40)
  })

  test("fields: + extends with allowed fields; others are dropped; the cart link is readable", async () => {
    const r = await s.request(
      "GET",
      `/store/orders/${orderId}?fields=id,display_id,%2Bsales_channel_id,cart.id,%2Bsales_channel`,
      { key },
    )
    assert.equal(r.status, 200)
    const order = r.body.order
    assert.equal(order.sales_channel_id, s.defaults.default_sales_channel_id)
    assert.deepEqual(order.cart, { id: cartId })
    assert.equal(order.sales_channel, undefined)
    assert.equal(typeof order.display_id, "number")
    assert.equal(order.status, "pending") // the order detail always carries status, version, payment collections
  })

  test("unknown order, unknown query parameter", async () => {
    const missing = await s.request("GET", "/store/orders/order_nope", { key })
    assert.equal(missing.status, 404)
    assert.deepEqual(missing.body, { type: "not_found", message: "Order id not found: order_nope" })
    const param = await s.request("GET", `/store/orders/${orderId}?limit=1`, { key })
    assert.deepEqual(param.body, { type: "invalid_data", message: "Invalid request: Unrecognized fields: 'limit'" })
    const noKey = await s.request("GET", `/store/orders/${orderId}`)
    assert.equal(noKey.status, 400)
  })

  test("draft orders are not store orders", async () => {
    const draft = await s.app.container.transaction((tx) =>
      tx.modules.order.createOrders({ currency_code: "usd", is_draft_order: true, status: "draft" }),
    )
    const r = await s.request("GET", `/store/orders/${draft.id}`, { key })
    assert.deepEqual(r.body, { type: "not_found", message: `Order id not found: ${draft.id}` })
  })

  test("raw values are written as Medusa's BigNumber writes them: 2 × 2.5 is '5', not '5.0'", async () => {
    const variantId = await s.app.container.transaction(async (tx) => {
      const [product] = await tx.modules.product.createProducts([
        { title: "Half", handle: "half", status: "published" },
      ])
      const [variant] = await tx.modules.product.createProductVariants([
        { title: "H", product_id: product.id, manage_inventory: false },
      ])
      await tx.modules.product.createProductVariantPrices([
        { variant_id: variant.id, currency_code: "usd", amount: 2.5 },
      ])
      await tx.link.create({
        product: { product_id: product.id },
        sales_channel: { sales_channel_id: s.defaults.default_sales_channel_id },
      })
      return variant.id as string
    })
    const cart = await createCart(s, key, {
      region_id: shop.region.us,
      items: [{ variant_id: variantId, quantity: 2 }],
    })
    await pay(s, key, cart.id)
    const done = await s.request("POST", `/store/carts/${cart.id}/complete?fields=id,summary,*items`, { key })
    assert.equal(done.status, 200, JSON.stringify(done.body))
    assert.deepEqual(done.body.order.summary.raw_current_order_total, { value: "5", precision: 20 })
    assert.deepEqual(done.body.order.items[0].raw_unit_price, { value: "2.5", precision: 20 })
  })
})
