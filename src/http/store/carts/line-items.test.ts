import assert from "node:assert/strict"
import { before, describe, test } from "node:test"
import { complete, count, createCart, events } from "./test-support/checkout-test-helpers.js"
import { checkoutSuite } from "./test-support/checkout-suite.js"

describe("store cart line items", () => {
  const { s, shop } = checkoutSuite()
  let key: string
  before(async () => {
    key = s.publishableKey
  })

  const fields = "?fields=id,total,items.id,items.variant_id,items.quantity,items.unit_price,items.metadata"

  test("adding merges lines of the same variant and metadata; other metadata makes a new line", async () => {
    const cart = await createCart(s, key, { region_id: shop.region.us })
    const add = (body: unknown) => s.request("POST", `/store/carts/${cart.id}/line-items${fields}`, { key, body })
    const first = await add({ variant_id: shop.variant.teeS, quantity: 1, metadata: { gift: true } })
    assert.equal(first.status, 200)
    assert.equal(first.body.cart.items.length, 1)
    const merged = await add({ variant_id: shop.variant.teeS, quantity: 2, metadata: { gift: true } })
    assert.equal(merged.body.cart.items.length, 1)
    assert.equal(merged.body.cart.items[0].quantity, 3)
    assert.equal(merged.body.cart.items[0].id, first.body.cart.items[0].id)
    assert.equal(merged.body.cart.total, 45)
    const other = await add({ variant_id: shop.variant.teeS, quantity: 1 })
    assert.equal(other.body.cart.items.length, 2)
    // no metadata and {} are the same
    const again = await add({ variant_id: shop.variant.teeS, quantity: 1, metadata: {} })
    assert.equal(again.body.cart.items.length, 2)
    assert.deepEqual(
      again.body.cart.items.map((i: { quantity: number }) => i.quantity),
      [3, 2],
    )
    // the merged line's quantity is what must be in stock (each line on its own, as Medusa checks)
    const tooMany = await add({ variant_id: shop.variant.teeS, quantity: 6 })
    assert.deepEqual(tooMany.body, {
      type: "not_allowed",
      code: "insufficient_inventory",
      message: "Some variant does not have the required inventory",
    })
    assert.equal((await events(s, "cart.updated", cart.id)).length, 4)
  })

  test("adding checks the cart, the variant, the channel, the price and the stock; refusals write nothing", async () => {
    const cart = await createCart(s, key, { region_id: shop.region.us })
    const before = await count(s, "cart_line_item")
    const add = (body: unknown, id = cart.id) => s.request("POST", `/store/carts/${id}/line-items`, { key, body })
    assert.deepEqual((await add({ variant_id: shop.variant.teeS, quantity: 1 }, "cart_nope")).body, {
      type: "not_found",
      message: "Cart id not found: cart_nope",
    })
    assert.deepEqual((await add({ variant_id: "variant_nope", quantity: 1 })).body, {
      type: "invalid_data",
      message: "Variants variant_nope do not exist or belong to a product that is not published",
    })
    assert.deepEqual((await add({ variant_id: shop.variant.elsewhere, quantity: 1 })).body, {
      type: "invalid_data",
      message: `Variants ${shop.variant.elsewhere} do not belong to a product available in sales channel ${shop.channel.default}`,
    })
    assert.equal((await add({ variant_id: shop.variant.kit, quantity: 2 })).body.code, "insufficient_inventory")
    assert.deepEqual((await add({ variant_id: shop.variant.teeS, quantity: 1, foo: 1 })).body, {
      type: "invalid_data",
      message: "Invalid request: Unrecognized fields: 'foo'",
    })
    assert.deepEqual((await add({ variant_id: shop.variant.teeS, quantity: 1, additional_data: {} })).body, {
      type: "invalid_data",
      message: "Invalid request: Unrecognized fields: 'additional_data'",
    })
    assert.equal((await add({ variant_id: shop.variant.teeS, quantity: -1 })).status, 400)
    assert.equal(await count(s, "cart_line_item"), before)

    const eur = await createCart(s, key, { region_id: shop.region.eu })
    assert.deepEqual((await add({ variant_id: shop.variant.teeS, quantity: 1 }, eur.id)).body, {
      type: "invalid_data",
      message: `Variants with IDs ${shop.variant.teeS} do not have a price`,
    })
  })

  test("update: new quantity re-checked and re-priced, metadata merged, 0 removes the line", async () => {
    const cart = await createCart(s, key, {
      region_id: shop.region.us,
      items: [{ variant_id: shop.variant.teeS, quantity: 1, metadata: { a: 1 } }],
    })
    const line = cart.items[0].id
    const update = (body: unknown, lineId = line, id = cart.id) =>
      s.request("POST", `/store/carts/${id}/line-items/${lineId}${fields}`, { key, body })
    const r = await update({ quantity: 4, metadata: { b: 2 } })
    assert.equal(r.status, 200)
    assert.deepEqual(r.body.cart.items, [
      { id: line, variant_id: shop.variant.teeS, quantity: 4, unit_price: 15, metadata: { a: 1, b: 2 } },
    ])
    assert.equal(r.body.cart.total, 60)
    assert.deepEqual((await update({ quantity: 8 })).body, {
      type: "not_allowed",
      code: "insufficient_inventory",
      message: "Some variant does not have the required inventory",
    })
    assert.deepEqual((await update({ quantity: 1 }, "cali_nope")).body, {
      type: "not_found",
      message: "Line item with id: cali_nope was not found",
    })
    assert.deepEqual((await update({ quantity: 1 }, line, "cart_nope")).body, {
      type: "not_found",
      message: "Cart id not found: cart_nope",
    })
    assert.equal((await update({})).body.message, "Invalid request: Field 'quantity' is required")
    const removed = await update({ quantity: 0 })
    assert.equal(removed.status, 200)
    assert.deepEqual(removed.body.cart.items, [])
    assert.equal(removed.body.cart.total, 0)
  })

  test("delete: {id, object, deleted, parent}; an unknown line is ignored; an unknown cart is 404", async () => {
    const cart = await createCart(s, key, {
      region_id: shop.region.us,
      items: [
        { variant_id: shop.variant.teeS, quantity: 1 },
        { variant_id: shop.variant.teeM, quantity: 1 },
      ],
    })
    const [s1, m1] = cart.items
    const r = await s.request("DELETE", `/store/carts/${cart.id}/line-items/${s1.id}?fields=id,total,items.id`, { key })
    assert.equal(r.status, 200)
    assert.deepEqual(r.body, {
      id: s1.id,
      object: "line-item",
      deleted: true,
      parent: { id: cart.id, total: 20, items: [{ id: m1.id }] },
    })
    const full = await s.request("DELETE", `/store/carts/${cart.id}/line-items/cali_nope`, { key })
    assert.equal(full.status, 200)
    assert.equal(full.body.parent.items.length, 1)
    assert.equal(full.body.parent.id, cart.id)
    assert.equal(full.body.parent.currency_code, "usd")
    const missing = await s.request("DELETE", `/store/carts/cart_nope/line-items/${m1.id}`, { key })
    assert.deepEqual(missing.body, { type: "not_found", message: "Cart with id 'cart_nope' not found" })
  })

  test("a disabled channel sells nothing (beyond Medusa): adding, updating and completing are refused", async () => {
    const cart = await createCart(s, key, {
      region_id: shop.region.us,
      items: [{ variant_id: shop.variant.teeM, quantity: 1 }],
    })
    await s.app.container.transaction((tx) =>
      tx.modules.sales_channel.updateSalesChannels(shop.channel.default, { is_disabled: true }),
    )
    try {
      const disabled = {
        type: "invalid_data",
        message: "Unable to assign cart to disabled Sales Channel: Default Sales Channel",
      }
      const add = await s.request("POST", `/store/carts/${cart.id}/line-items`, {
        key,
        body: { variant_id: shop.variant.teeM, quantity: 1 },
      })
      assert.deepEqual(add.body, disabled)
      const update = await s.request("POST", `/store/carts/${cart.id}/line-items/${cart.items[0].id}`, {
        key,
        body: { quantity: 2 },
      })
      assert.deepEqual(update.body, disabled)
      const completion = await complete(s, key, cart.id)
      assert.equal(completion.status, 400)
    } finally {
      await s.app.container.transaction((tx) =>
        tx.modules.sales_channel.updateSalesChannels(shop.channel.default, { is_disabled: false }),
      )
    }
  })

  test("shipping methods: there are no shipping options in salesgraph", async () => {
    const cart = await createCart(s, key, { region_id: shop.region.us })
    const r = await s.request("POST", `/store/carts/${cart.id}/shipping-methods`, { key, body: { option_id: "so_1" } })
    assert.deepEqual(r.body, { type: "invalid_data", message: "Shipping Options are invalid for cart." })
    const list = await s.request("POST", `/store/carts/${cart.id}/shipping-methods`, {
      key,
      body: [{ option_id: "so_1", data: { a: 1 } }],
    })
    assert.deepEqual(list.body, { type: "invalid_data", message: "Shipping Options are invalid for cart." })
    const noOption = await s.request("POST", `/store/carts/${cart.id}/shipping-methods`, { key, body: {} })
    assert.deepEqual(noOption.body, {
      type: "invalid_data",
      message: "Invalid request: Expected type: 'array' for field 'option_id', got: 'undefined'",
    })
    const badOption = await s.request("POST", `/store/carts/${cart.id}/shipping-methods`, {
      key,
      body: { option_id: 5 },
    })
    assert.deepEqual(badOption.body, {
      type: "invalid_data",
      message: "Invalid request: Expected type: 'string, array' for field 'option_id', got: '5'",
    })
    const missing = await s.request("POST", "/store/carts/cart_nope/shipping-methods", {
      key,
      body: { option_id: "so_1" },
    })
    assert.deepEqual(missing.body, { type: "not_found", message: "Cart id not found: cart_nope" })
  })
})
