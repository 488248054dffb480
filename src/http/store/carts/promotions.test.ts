import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { testServer, type TestServer } from "../../../test-support/http.js"
import { createCheckoutShop, type CheckoutShop } from "./test-support/checkout-fixtures.js"
import { createCart } from "./test-support/checkout-test-helpers.js"

// amounts as Medusa 2.21.2's computeActions gives them (checked against the anchor)
describe("cart promotions", () => {
  let s: TestServer
  let shop: CheckoutShop
  let key: string
  before(async () => {
    s = await testServer()
    shop = await createCheckoutShop(s.app.container, s.defaults.default_sales_channel_id)
    key = s.publishableKey
  })
  after(() => s.close())

  async function promotion(code: string, method: Record<string, unknown>, extra: Record<string, unknown> = {}) {
    const r = await s.request("POST", "/admin/promotions", {
      body: { code, type: "standard", status: "active", application_method: method, ...extra },
    })
    assert.equal(r.status, 200, JSON.stringify(r.body))
    return r.body.promotion
  }
  const teeCart = (quantity = 3, more: unknown[] = []) =>
    createCart(s, key, {
      region_id: shop.region.us,
      items: [{ variant_id: shop.variant.teeS, quantity }, ...more],
    })
  const applyCode = (id: string, code: string) =>
    s.request("POST", `/store/carts/${id}/promotions`, { key, body: { promo_codes: [code] } })

  test("a percentage on items, each, by code: adjustments, totals, promotions; removed by DELETE", async () => {
    await promotion("TEN", { type: "percentage", target_type: "items", allocation: "each", value: 10 })
    const cart = await teeCart(3)
    const r = await applyCode(cart.id, "TEN")
    assert.equal(r.status, 200, JSON.stringify(r.body))
    const c = r.body.cart
    assert.deepEqual(
      c.items[0].adjustments.map((a: { code: string; amount: number }) => [a.code, a.amount]),
      [["TEN", 1.5]],
    )
    assert.deepEqual([c.subtotal, c.discount_total, c.item_total, c.total], [45, 1.5, 43.5, 43.5])
    assert.deepEqual(
      c.promotions.map((p: { code: string }) => p.code),
      ["TEN"],
    )
    const removed = await s.request("DELETE", `/store/carts/${cart.id}/promotions`, {
      key,
      body: { promo_codes: ["TEN"] },
    })
    assert.deepEqual(
      [removed.body.cart.discount_total, removed.body.cart.total, removed.body.cart.promotions],
      [0, 45, []],
    )
    const unknown = await applyCode(cart.id, "NOPE")
    assert.deepEqual(unknown.body, { type: "invalid_data", message: "The promotion code NOPE is invalid" })
  })
})
