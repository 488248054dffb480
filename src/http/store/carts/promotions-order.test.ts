import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import type { TestServer } from "../../../test-support/http.js"
import { checkoutServer, type CheckoutShop } from "./test-support/checkout-fixtures.js"
import { complete, createCart, pay, ship } from "./test-support/checkout-test-helpers.js"

// Medusa's order ↔ promotion link: the order keeps the promotions its cart's adjustments came from
describe("an order's promotions", () => {
  let s: TestServer
  let shop: CheckoutShop
  before(async () => ({ s, shop } = await checkoutServer()))
  after(() => s.close())

  test("completion links the order to its promotions: order.promotions, fields=+promotions.code", async () => {
    const key = s.publishableKey
    for (const code of ["ORDER-FIVE", "ORDER-UNUSED"]) {
      const r = await s.request("POST", "/admin/promotions", {
        body: {
          code,
          type: "standard",
          status: "active",
          application_method: { type: "fixed", target_type: "order", value: 5, currency_code: "usd" },
        },
      })
      assert.equal(r.status, 200, JSON.stringify(r.body))
    }
    const cart = await createCart(s, key, {
      region_id: shop.region.us,
      items: [{ variant_id: shop.variant.teeM, quantity: 1 }],
      promo_codes: ["ORDER-FIVE"],
    })
    assert.equal(cart.discount_total, 5)
    await ship(s, key, cart.id)
    await pay(s, key, cart.id)
    const done = await complete(s, key, cart.id)
    assert.equal(done.body.type, "order", JSON.stringify(done.body))
    const id = done.body.order.id
    const admin = await s.request("GET", `/admin/orders/${id}?fields=+promotions.code`)
    assert.equal(admin.status, 200, JSON.stringify(admin.body))
    assert.deepEqual(
      admin.body.order.promotions.map((p: { code: string }) => p.code),
      ["ORDER-FIVE"],
    )
    const store = await s.request("GET", `/store/orders/${id}?fields=id,promotions.code,promotions.id`, { key })
    assert.equal(store.status, 200, JSON.stringify(store.body))
    assert.deepEqual(
      store.body.order.promotions.map((p: { code: string }) => p.code),
      ["ORDER-FIVE"],
    )
    const filtered = await s.request("GET", `/admin/promotions?code=ORDER-FIVE&fields=code,orders.id`)
    assert.deepEqual(
      filtered.body.promotions[0].orders.map((o: { id: string }) => o.id),
      [id],
    )
  })
})
