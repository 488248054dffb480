import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import type { Medusa } from "./test-support/medusa.js"
import { createFreeShipping } from "../http/store/carts/test-support/free-shipping.js"
import { testServer, type TestServer } from "../test-support/http.js"
import { adminSdk, fetchError, ids, recordFetch, sdkFor, type FetchRecorder } from "./test-support/harness.js"
import { createUsRegion, teeSizes } from "./test-support/sdk-fixtures.js"

type Line = { id: string; variant_id: string; quantity: number; unit_price: number }
type Variant = { id: string; sku: string; inventory_quantity?: number }

const ADDRESS = {
  first_name: "Ada",
  last_name: "Lovelace",
  address_1: "1 Main St",
  city: "Springfield",
  country_code: "us",
  postal_code: "12345",
}

/**
 * A storefront on the SDK: the catalogue with the key's stock, a cart from creation to order,
 * the payment session, and the order read back by the shop and by the admin. The shop is set
 * up through the admin SDK as a merchant would.
 */
describe("JS SDK: sdk.store.* from catalogue to order", () => {
  let s: TestServer
  let admin: Medusa
  let shop: Medusa
  let wire: FetchRecorder
  let region: { id: string }
  let tee: { id: string; variants: Variant[] }
  let teeS: Variant
  let teeM: Variant
  let location: { id: string }
  const channel = () => s.defaults.default_sales_channel_id

  before(async () => {
    s = await testServer()
    wire = recordFetch()
    admin = await adminSdk(s)
    shop = sdkFor(s)
    region = await createUsRegion(admin)
    location = (await admin.admin.stockLocation.create({ name: "Main" })).stock_location
    await admin.admin.stockLocation.updateSalesChannels(location.id, { add: [channel()] })
    await createFreeShipping((method, path, body) => s.request(method, path, { body }), {
      location_id: location.id,
      shipping_profile_id: s.defaults.default_shipping_profile_id,
      countries: ["us"],
      currencies: ["usd"],
    })
    tee = (
      await admin.admin.product.create({
        title: "Tee",
        handle: "tee",
        status: "published",
        // its lines require shipping: a method of its profile completes them (validate-shipping)
        shipping_profile_id: s.defaults.default_shipping_profile_id,
        options: [{ title: "Size", values: ["S", "M"] }],
        variants: teeSizes(),
        sales_channels: [{ id: channel() }],
      })
    ).product
    teeS = tee.variants.find((v) => v.sku === "tee-s")!
    teeM = tee.variants.find((v) => v.sku === "tee-m")!
    const { inventory_items } = await admin.admin.inventoryItem.list({ sku: "tee-s" })
    await admin.admin.inventoryItem.batchInventoryItemLocationLevels(inventory_items[0].id, {
      create: [{ location_id: location.id, stocked_quantity: 5 }],
    })
    await admin.admin.product.create({
      title: "Hidden draft",
      options: [{ title: "Size", values: ["One"] }],
      sales_channels: [{ id: channel() }],
    })
  })
  after(async () => {
    wire.restore()
    await s.close()
  })

  const stockOfS = async () => {
    const { product } = await shop.store.product.retrieve(tee.id, {
      fields: "id,variants.id,+variants.inventory_quantity",
    })
    return product.variants.find((v: Variant) => v.id === teeS.id).inventory_quantity
  }

  test("the publishable key is required on every store call, and checked", async () => {
    await fetchError(
      sdkFor(s, { publishableKey: null }).store.product.list(),
      400,
      "Publishable API key required in the request header: x-publishable-api-key. You can manage your keys in settings in the dashboard.",
    )
    await fetchError(
      sdkFor(s, { publishableKey: "pk_unknown" }).store.region.list(),
      400,
      "A valid publishable key is required to proceed with the request",
    )
    await shop.store.region.list()
    assert.equal(wire.last("/store/regions").headers["x-publishable-api-key"], s.publishableKey)
  })

  test("catalogue: list and retrieve with +variants.inventory_quantity, filters as qs arrays, a locale header", async () => {
    const { products, count } = await shop.store.product.list({
      fields: "id,title,*variants,+variants.inventory_quantity",
      region_id: region.id,
    })
    assert.equal(count, 1, "drafts are not listed")
    assert.deepEqual(ids(products), [tee.id])
    const bySku = Object.fromEntries(products[0].variants.map((v: Variant) => [v.sku, v]))
    assert.equal(bySku["tee-s"].inventory_quantity, 5)
    assert.equal("inventory_quantity" in bySku["tee-m"], false, "an unmanaged variant has no quantity, as in Medusa")
    assert.equal(
      wire.last("/store/products").url.searchParams.get("fields"),
      "id,title,*variants,+variants.inventory_quantity",
    )

    const { product } = await shop.store.product.retrieve(tee.id, {
      fields: "*variants.calculated_price",
      region_id: region.id,
    })
    const price = product.variants.find((v: Variant) => v.id === teeS.id).calculated_price
    assert.deepEqual([price.calculated_amount, price.currency_code], [15, "usd"])

    assert.deepEqual(
      ids((await shop.store.product.list({ id: [tee.id, "prod_other"], handle: ["tee"], q: "te" })).products),
      [tee.id],
    )
    assert.deepEqual((await shop.store.product.list({ handle: "nope" })).products, [])
    assert.equal(await stockOfS(), 5)

    // setLocale() needs `window`; outside a browser the header goes through globalHeaders
    const localised = sdkFor(s, { globalHeaders: { "x-medusa-locale": "fr-FR" } })
    const fr = await localised.store.product.list({ fields: "id" })
    assert.deepEqual(ids(fr.products), [tee.id])
    assert.equal(wire.last("/store/products").headers["x-medusa-locale"], "fr-FR")

    await fetchError(shop.store.product.retrieve("prod_missing"), 404, "Product with id: prod_missing was not found")
    await fetchError(
      shop.store.product.list({ sales_channels: { id: "x" } } as object),
      400,
      "Invalid request: Unrecognized fields: 'sales_channels'",
    )
  })

  test("cart: create, update, add / update / delete lines, pay, complete; the order in the key's channel, stock reserved", async () => {
    const { cart: created } = await shop.store.cart.create({ region_id: region.id, email: "buyer@example.com" })
    assert.match(created.id, /^cart_/)
    assert.equal(created.sales_channel_id, channel())
    assert.equal(created.currency_code, "usd")

    const { cart: addressed } = await shop.store.cart.update(created.id, {
      shipping_address: ADDRESS,
      billing_address: ADDRESS,
      email: "ada@example.com",
    })
    assert.equal(addressed.email, "ada@example.com")
    assert.equal(addressed.shipping_address.city, "Springfield")

    let { cart } = await shop.store.cart.createLineItem(created.id, { variant_id: teeS.id, quantity: 2 })
    assert.equal(cart.items.length, 1)
    ;({ cart } = await shop.store.cart.createLineItem(cart.id, { variant_id: teeM.id, quantity: 1 }))
    const lineS = cart.items.find((i: Line) => i.variant_id === teeS.id)
    const lineM = cart.items.find((i: Line) => i.variant_id === teeM.id)
    assert.equal(cart.total, 50)

    ;({ cart } = await shop.store.cart.updateLineItem(cart.id, lineS.id, { quantity: 3 }))
    assert.equal(cart.items.find((i: Line) => i.id === lineS.id).quantity, 3)
    const removed = await shop.store.cart.deleteLineItem(cart.id, lineM.id, { fields: "id,total,items.id" })
    assert.deepEqual([removed.id, removed.object, removed.deleted], [lineM.id, "line-item", true])
    assert.deepEqual(removed.parent, { id: cart.id, total: 45, items: [{ id: lineS.id }] })
    assert.equal(wire.last(`/store/carts/${cart.id}/line-items/${lineM.id}`, "DELETE").body, undefined)

    await fetchError(
      shop.store.cart.updateLineItem(cart.id, lineS.id, { quantity: 6 }),
      400,
      "Some variant does not have the required inventory",
    )
    await fetchError(
      shop.store.cart.createLineItem(cart.id, { variant_id: "variant_nope", quantity: 1 }),
      400,
      "Variants variant_nope do not exist or belong to a product that is not published",
    )

    ;({ cart } = await shop.store.cart.retrieve(cart.id))
    assert.deepEqual([cart.total, cart.items.length], [45, 1])

    // tee S requires shipping: Medusa completes the cart only with a shipping method
    const { shipping_options } = await shop.store.fulfillment.listCartOptions({ cart_id: cart.id })
    assert.deepEqual(
      shipping_options.map((o: { name: string }) => o.name),
      ["Free shipping"],
    )
    ;({ cart } = await shop.store.cart.addShippingMethod(cart.id, { option_id: shipping_options[0].id }))
    assert.deepEqual([cart.shipping_methods.length, cart.total], [1, 45])

    // initiatePaymentSession makes the collection when the cart has none, then the session
    const { payment_collection: collection } = await shop.store.payment.initiatePaymentSession(cart, {
      provider_id: "pp_system_default",
    })
    assert.equal(wire.last("/store/payment-collections", "POST").body, JSON.stringify({ cart_id: cart.id }))
    assert.deepEqual([collection.amount, collection.currency_code, collection.payment_sessions.length], [45, "usd", 1])
    // and reuses the cart's collection afterwards
    ;({ cart } = await shop.store.cart.retrieve(cart.id, { fields: "id,payment_collection.id" }))
    assert.equal(cart.payment_collection.id, collection.id)
    const before = wire.requests.filter((r) => r.url.pathname === "/store/payment-collections").length
    const { payment_collection: again } = await shop.store.payment.initiatePaymentSession(cart, {
      provider_id: "pp_system_default",
    })
    assert.equal(again.id, collection.id)
    assert.equal(
      wire.requests.filter((r) => r.url.pathname === "/store/payment-collections").length,
      before,
      "no second collection",
    )

    const done = await shop.store.cart.complete(cart.id, { fields: "+sales_channel_id" })
    assert.equal(wire.last(`/store/carts/${cart.id}/complete`).body, undefined, "complete sends no body")
    assert.equal(done.type, "order")
    const order = done.order
    assert.match(order.id, /^order_/)
    assert.deepEqual(
      [order.sales_channel_id, order.email, order.total, order.items.length],
      [channel(), "ada@example.com", 45, 1],
    )
    assert.equal(await stockOfS(), 2, "3 of 5 reserved")

    const { order: read } = await shop.store.order.retrieve(order.id)
    assert.deepEqual([read.id, read.items[0].quantity, read.shipping_address.city], [order.id, 3, "Springfield"])

    // the admin sees it in the channel
    const listed = await admin.admin.order.list({
      sales_channel_id: [channel()],
      fields: "id,display_id,+sales_channel_id",
    })
    assert.deepEqual(
      listed.orders.map((o: { id: string; sales_channel_id: string }) => [o.id, o.sales_channel_id]),
      [[order.id, channel()]],
    )
    assert.equal(wire.last("/admin/orders").url.searchParams.get("sales_channel_id[0]"), channel())
    assert.equal((await admin.admin.order.list({ sales_channel_id: ["sc_other"] })).count, 0)
    const { order: adminRead } = await admin.admin.order.retrieve(order.id, { fields: "id,*sales_channel" })
    assert.equal(adminRead.sales_channel.id, channel())

    await fetchError(
      shop.store.cart.createLineItem(cart.id, { variant_id: teeM.id, quantity: 1 }),
      400,
      `Cart ${cart.id} is already completed.`,
    )
  })

  test("store errors: unknown cart, order, line; bad bodies; nothing written", async () => {
    await fetchError(shop.store.cart.retrieve("cart_nope"), 404, "Cart with id 'cart_nope' not found")
    await fetchError(shop.store.order.retrieve("order_nope"), 404, "Order id not found: order_nope")
    await fetchError(
      shop.store.cart.create({ region_id: region.id, foo: 1 } as object),
      400,
      "Invalid request: Unrecognized fields: 'foo'",
    )
    const { cart } = await shop.store.cart.create({ region_id: region.id })
    await fetchError(
      shop.store.cart.updateLineItem(cart.id, "cali_nope", { quantity: 1 }),
      404,
      "Line item with id: cali_nope was not found",
    )
    await fetchError(
      shop.store.cart.createLineItem(cart.id, { variant_id: teeS.id } as { variant_id: string; quantity: number }),
      400,
      "Invalid request: Field 'quantity' is required",
    )
    assert.deepEqual((await shop.store.cart.retrieve(cart.id, { fields: "id,items.id" })).cart, {
      id: cart.id,
      items: [],
    })
  })
})
