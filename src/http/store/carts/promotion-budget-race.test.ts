import assert from "node:assert/strict"
import { before, describe, test } from "node:test"
import { complete, createCart, pay, ship } from "./test-support/checkout-test-helpers.js"
import { checkoutSuite } from "./test-support/checkout-suite.js"

const EXCEEDED = { type: "not_allowed", message: "Promotion usage exceeds the budget limit." }

describe("a campaign budget raced by concurrent completions (the budget row is locked)", () => {
  const { s, shop } = checkoutSuite()
  let key: string
  before(async () => {
    key = s.publishableKey
  })

  async function campaignPromotion(code: string, budget: Record<string, unknown>, value: number) {
    const r = await s.request("POST", "/admin/promotions", {
      body: {
        code,
        type: "standard",
        status: "active",
        campaign: { name: code, campaign_identifier: code, budget },
        application_method: { type: "fixed", target_type: "order", value, currency_code: "usd" },
      },
    })
    assert.equal(r.status, 200, JSON.stringify(r.body))
    return r.body.promotion
  }
  async function paidCarts(code: string, n: number) {
    const ids: string[] = []
    for (let i = 0; i < n; i++) {
      const cart = await createCart(s, key, {
        region_id: shop.region.us,
        items: [{ variant_id: shop.variant.teeM, quantity: 1 }],
        promo_codes: [code],
      })
      assert.equal(cart.discount_total, 5)
      await ship(s, key, cart.id)
      await pay(s, key, cart.id)
      ids.push(cart.id)
    }
    return ids
  }
  const budgetUsed = async (id: string) =>
    (await s.request("GET", `/admin/promotions/${id}`)).body.promotion.campaign.budget.used

  for (const budget of [
    { type: "usage", limit: 5 },
    { type: "spend", limit: 25, currency_code: "usd" },
  ]) {
    test(`20 completions at once against a ${budget.type} budget for 5 discounts: exactly 5 orders get it`, async () => {
      const code = `RACE-${budget.type}`
      const promotion = await campaignPromotion(code, budget, 5)
      const carts = await paidCarts(code, 20)
      const results = await Promise.all(carts.map((id) => complete(s, key, id)))
      const orders = results.filter((r) => r.body.type === "order")
      const refused = results.filter((r) => r.status === 400)
      assert.equal(orders.length, 5, JSON.stringify(results.map((r) => r.body.type ?? r.body.message)))
      assert.equal(refused.length, 15)
      for (const r of refused) assert.deepEqual(r.body, EXCEEDED)
      assert.equal(await budgetUsed(promotion.id), budget.type === "usage" ? 5 : 25)
      for (const r of orders) assert.equal(r.body.order.total, 15)

      // a refused cart is still open; its next change drops the spent promotion (Medusa drops it silently)
      const loser = carts[results.findIndex((r) => r.status === 400)]
      const after = await s.request("POST", `/store/carts/${loser}`, { key, body: { metadata: { retry: 1 } } })
      assert.deepEqual([after.body.cart.discount_total, after.body.cart.total, after.body.cart.promotions], [0, 20, []])
    })
  }
})
