import assert from "node:assert/strict"
import { before, describe, test } from "node:test"
import { complete, createCart, pay, ship } from "./test-support/checkout-test-helpers.js"
import { checkoutSuite } from "./test-support/checkout-suite.js"
import { assertFields } from "../../../test-support/assert-fields.js"

/**
 * Tax lines and totals over HTTP (values as Medusa 2.21.2's utils/totals compute them; see
 * bench/tax/cross-check.ts for the same carts side by side with the anchor). Region `us`: US at
 * 10 % with a 20 % rate for the product type of the tee, province us-ca at 5 % (an override, not
 * combinable).
 */
describe("store carts: tax lines and tax totals", () => {
  const { s, shop } = checkoutSuite()
  let key: string
  const FIELDS = "fields=%2Bitems.*,%2Bitems.tax_lines.*,%2Bshipping_methods.tax_lines.*"
  before(async () => {
    key = s.publishableKey
    const type = await s.request("POST", "/admin/product-types", { body: { value: "apparel" } })
    await s.request("POST", `/admin/products/${shop.product.tee}`, { body: { type_id: type.body.product_type.id } })
    const us = await s.request("POST", "/admin/tax-regions", {
      body: { country_code: "us", provider_id: "tp_system", default_tax_rate: { name: "US", code: "US", rate: 10 } },
    })
    const parent = us.body.tax_region.id
    await s.request("POST", "/admin/tax-rates", {
      body: {
        name: "Apparel",
        code: "APP",
        rate: 20,
        tax_region_id: parent,
        rules: [{ reference: "product_type", reference_id: type.body.product_type.id }],
      },
    })
    await s.request("POST", "/admin/tax-regions", {
      body: {
        country_code: "us",
        province_code: "us-ca",
        parent_id: parent,
        default_tax_rate: { name: "CA", code: "CA", rate: 5 },
      },
    })
  })

  async function cartWith(address: Record<string, string> | undefined) {
    const cart = await createCart(s, key, { region_id: shop.region.us, shipping_address: address })
    for (const variant_id of [shop.variant.last, shop.variant.teeM]) {
      const r = await s.request("POST", `/store/carts/${cart.id}/line-items?${FIELDS}`, {
        key,
        body: { variant_id, quantity: 1 },
      })
      assert.equal(r.status, 200, JSON.stringify(r.body))
    }
    return (await s.request("GET", `/store/carts/${cart.id}?${FIELDS}`, { key })).body.cart
  }
  /** Gives the cart's "Last one" line an adjustment `id` of 9.9 (code TEN), written as a promotion would. */
  const discountLast = (cart: any, id: string) =>
    s.app.core.pool.query(
      "INSERT INTO cart_line_item_adjustment (id, item_id, amount, code) VALUES ($1, $2, 9.9, 'TEN')",
      [id, cart.items.find((i: any) => i.title === "Last one").id],
    )
  const rates = (cart: any) =>
    Object.fromEntries(
      cart.items.map((i: any) => [
        i.title,
        i.tax_lines.map((t: any) => [t.code, t.rate, t.provider_id, t.description]),
      ]),
    )

  test("tax-exclusive: the country's default rate, a product-type rate for the tee; taxes on top", async () => {
    const cart = await cartWith({ country_code: "us" })
    assert.deepEqual(rates(cart), {
      "Last one": [["US", 10, "system", "US"]],
      Tee: [["APP", 20, "system", "Apparel"]],
    })
    assertFields(cart, {
      subtotal: 119,
      tax_total: 13.9,
      original_tax_total: 13.9,
      total: 132.9,
      item_tax_total: 13.9,
      discount_total: 0,
    })
    const tee = cart.items.find((i: any) => i.title === "Tee")
    assert.deepEqual([tee.subtotal, tee.tax_total, tee.total], [20, 4, 24])
  })

  test("a province overrides its country: us-ca's 5 % wins over the country's product-type rate", async () => {
    const cart = await cartWith({ country_code: "us", province: "US-CA" })
    assert.deepEqual(rates(cart), { "Last one": [["CA", 5, "system", "CA"]], Tee: [["CA", 5, "system", "CA"]] })
    assert.equal(cart.tax_total, 5.95)
    assert.equal(cart.total, 124.95)
  })

  test("a region without automatic taxes: no tax lines; switched back, the next change of the cart brings them", async () => {
    await s.request("POST", `/admin/regions/${shop.region.us}`, { body: { automatic_taxes: false } })
    let cart: any
    try {
      cart = await cartWith({ country_code: "us" })
      assert.deepEqual(rates(cart), { "Last one": [], Tee: [] })
      assert.deepEqual([cart.tax_total, cart.total], [0, 119])
      // the storefront's "calculate taxes" (Medusa's force_tax_calculation) computes them anyway
      const forced = await s.request("POST", `/store/carts/${cart.id}/taxes?${FIELDS}`, { key })
      assert.equal(forced.status, 200, JSON.stringify(forced.body))
      assert.equal(forced.body.cart.tax_total, 13.9)
      const missing = await s.request("POST", "/store/carts/cart_nope/taxes", { key })
      assert.deepEqual([missing.status, missing.body.message], [404, "Cart id not found: cart_nope"])
    } finally {
      await s.request("POST", `/admin/regions/${shop.region.us}`, { body: { automatic_taxes: true } })
    }
    const changed = await s.request("POST", `/store/carts/${cart.id}?${FIELDS}`, {
      key,
      body: { shipping_address: { country_code: "us", province: "us-ca" } },
    })
    assert.deepEqual(rates(changed.body.cart), {
      "Last one": [["CA", 5, "system", "CA"]],
      Tee: [["CA", 5, "system", "CA"]],
    })
    assert.equal(changed.body.cart.tax_total, 5.95)
  })

  test("tax-inclusive lines: the price includes the tax, the subtotal excludes it (Medusa's rounding)", async () => {
    const cart = await cartWith({ country_code: "us" })
    // the price preference (prices branch) sets is_tax_inclusive when the line is added; set here directly
    await s.app.core.pool.query("UPDATE cart_line_item SET is_tax_inclusive = true WHERE cart_id = $1", [cart.id])
    const read = (await s.request("GET", `/store/carts/${cart.id}?${FIELDS}`, { key })).body.cart
    assertFields(read, {
      subtotal: 106.66666666666667,
      tax_total: 12.333333333333334,
      original_tax_total: 12.333333333333334,
      total: 119,
      item_tax_total: 12.333333333333334,
      discount_total: 0,
    })
    const tee = read.items.find((i: any) => i.title === "Tee")
    // 20 / 1.2 = 16.66666666666666666667 (20 places, half-up); tax 3.333333333333333333334
    assert.deepEqual(
      [tee.subtotal, tee.tax_total, tee.total, tee.original_total],
      [16.666666666666668, 3.3333333333333335, 20, 20],
    )
  })

  test("adjustments: taxes on the discounted amount, discount totals with their tax", async () => {
    const cart = await cartWith({ country_code: "us" })
    await discountLast(cart, "caliadj_t1")
    const read = (await s.request("GET", `/store/carts/${cart.id}?${FIELDS}`, { key })).body.cart
    const line = read.items.find((i: any) => i.title === "Last one")
    assert.deepEqual(
      [line.subtotal, line.discount_subtotal, line.discount_tax_total, line.discount_total, line.tax_total, line.total],
      [99, 9.9, 0.99, 10.89, 8.91, 98.01],
    )
    assert.deepEqual(
      [read.discount_subtotal, read.discount_tax_total, read.discount_total, read.tax_total, read.total],
      [9.9, 0.99, 10.89, 12.91, 122.01],
    )
  })

  test("shipping methods: their tax lines, a discounted method's totals, the cart's shipping totals", async () => {
    const cart = await cartWith({ country_code: "us" })
    const pool = s.app.core.pool
    await pool.query(
      `INSERT INTO cart_shipping_method (id, cart_id, name, amount) VALUES ('casm_tax1', $1, 'Standard', 10)`,
      [cart.id],
    )
    await pool.query(
      `INSERT INTO cart_shipping_method_adjustment (id, shipping_method_id, amount) VALUES ('casmadj_t1', 'casm_tax1', 2)`,
    )
    const r = await s.request(
      "POST",
      `/store/carts/${cart.id}/taxes?${FIELDS},%2Bshipping_methods.*,%2Boriginal_subtotal`,
      { key },
    )
    const read = r.body.cart
    const method = read.shipping_methods[0]
    assert.deepEqual(
      method.tax_lines.map((t: any) => [t.code, t.rate]),
      [["US", 10]],
    )
    assert.deepEqual(
      [method.subtotal, method.discount_total, method.discount_tax_total, method.tax_total, method.total],
      [10, 2.2, 0.2, 0.8, 8.8],
    )
    assert.deepEqual(method.raw_total, { value: "8.8", precision: 20 })
    assertFields(read, {
      subtotal: 129,
      original_subtotal: 129,
      tax_total: 14.7,
      discount_subtotal: 2,
      total: 141.7,
      original_total: 143.9,
      shipping_total: 8.8,
      shipping_tax_total: 0.8,
      original_shipping_tax_total: 1,
      shipping_discount_total: 2.2,
    })
  })

  test("an order keeps its cart's tax lines, adjustments and totals", async () => {
    const cart = await cartWith({ country_code: "us" })
    // a free shipping method first: the cart's change would recompute its promotions' adjustments
    await ship(s, key, cart.id)
    await discountLast(cart, "caliadj_t2")
    await pay(s, key, cart.id)
    const done = await complete(s, key, cart.id)
    assert.equal(done.status, 200, JSON.stringify(done.body))
    const fields =
      "fields=%2Bitems.refundable_total,%2Bdiscount_total,%2Boriginal_tax_total,%2Bitem_discount_total,%2Bshipping_discount_total"
    const order = (await s.request("GET", `/admin/orders/${done.body.order.id}?${fields}`)).body.order
    const byTitle = (pick: (i: any) => unknown) => Object.fromEntries(order.items.map((i: any) => [i.title, pick(i)]))
    assert.deepEqual(
      byTitle((i) => i.tax_lines.map((t: any) => [t.code, t.rate])),
      { "Last one": [["US", 10]], Tee: [["APP", 20]] },
    )
    assert.deepEqual(
      byTitle((i) => i.adjustments.map((a: any) => [a.code, a.amount])),
      { "Last one": [["TEN", 9.9]], Tee: [] },
    )
    // 99 − 9.9 discount + 10 % tax; 20 + 20 % tax
    assert.deepEqual(
      byTitle((i) => i.refundable_total),
      { "Last one": 98.01, Tee: 24 },
    )
    const totals = (o: any) => [o.subtotal, o.tax_total, o.discount_total, o.total, o.original_tax_total]
    assert.deepEqual(totals(order), [119, 12.91, 10.89, 122.01, 13.9])
    // Medusa's order answers these too when asked (found by the promotions cross-check)
    assert.deepEqual([order.item_discount_total, order.shipping_discount_total], [10.89, 0])
    // and each tax line's and adjustment's own amounts (Medusa's calculateTaxTotal, calculateAdjustmentTotal)
    const own = "fields=*items.tax_lines,*items.adjustments"
    const lines = (await s.request("GET", `/admin/orders/${order.id}?${own}`)).body.order.items
    const amounts = Object.fromEntries(
      lines.map((i: any) => [
        i.title,
        [...i.tax_lines, ...i.adjustments].map((x: any) => [x.code, x.subtotal, x.total]),
      ]),
    )
    assert.deepEqual(amounts, {
      "Last one": [
        ["US", 9.9, 8.91],
        ["TEN", 9.9, 10.89],
      ],
      Tee: [["APP", 4, 4]],
    })
    const cartFields = "fields=%2Bitems.tax_lines.total,%2Bitems.tax_lines.subtotal"
    const cartLines = (await s.request("GET", `/store/carts/${cart.id}?${cartFields}`, { key })).body.cart.items
    assert.deepEqual(cartLines.map((i: any) => [i.title, i.tax_lines.map((t: any) => [t.subtotal, t.total])]).sort(), [
      ["Last one", [[9.9, 8.91]]],
      ["Tee", [[4, 4]]],
    ])
    // a later change of rates leaves the order as it was sold
    const listed = await s.request("GET", "/admin/tax-rates?q=US&fields=id,code")
    const rate = listed.body.tax_rates.find((r: any) => r.code === "US")
    assert.equal((await s.request("POST", `/admin/tax-rates/${rate.id}`, { body: { rate: 50 } })).status, 200)
    const again = (await s.request("GET", `/admin/orders/${order.id}?${fields}`)).body.order
    assert.deepEqual(totals(again), totals(order))
  })
})
