import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import type { TestServer } from "../../../test-support/http.js"
import { checkoutServer, type CheckoutShop } from "../../store/carts/test-support/checkout-fixtures.js"
import { createCart } from "../../store/carts/test-support/checkout-test-helpers.js"

// beyond Medusa: GET /admin/promotions/:id/preview?cart_id= (docs/promotions.md)
describe("admin promotion preview", () => {
  let s: TestServer
  let shop: CheckoutShop
  before(async () => ({ s, shop } = await checkoutServer()))
  after(() => s.close())

  async function promotion(code: string, method: Record<string, unknown>, extra: Record<string, unknown> = {}) {
    const r = await s.request("POST", "/admin/promotions", {
      body: { code, type: "standard", status: "active", application_method: method, ...extra },
    })
    assert.equal(r.status, 200, JSON.stringify(r.body))
    return r.body.promotion as { id: string; campaign: { budget: { id: string } } | null }
  }
  const tenPercent = { type: "percentage", target_type: "items", allocation: "each", value: 10 }
  const teeCart = () =>
    createCart(s, s.publishableKey, {
      region_id: shop.region.us,
      items: [{ variant_id: shop.variant.teeS, quantity: 3 }],
    })
  const preview = async (id: string, cartId: string) => {
    const r = await s.request("GET", `/admin/promotions/${id}/preview?cart_id=${cartId}`)
    assert.equal(r.status, 200, JSON.stringify(r.body))
    return r.body.preview
  }
  const types = (p: { reasons: { type: string }[] }) => p.reasons.map((r) => r.type)

  test("a code on the cart applies: its adjustments and rules with the cart's values", async () => {
    const p = await promotion("PV-TEN", tenPercent, {
      rules: [{ attribute: "currency_code", operator: "in", values: ["usd"] }],
    })
    const cart = await teeCart()
    const before = await preview(p.id, cart.id)
    assert.equal(before.applies, false)
    assert.deepEqual(types(before), ["code_not_applied"])
    assert.deepEqual(before.adjustments, [
      { item_id: cart.items[0].id, amount: 1.5, code: "PV-TEN", is_tax_inclusive: false },
    ])
    const applied = await s.request("POST", `/store/carts/${cart.id}/promotions`, {
      key: s.publishableKey,
      body: { promo_codes: ["PV-TEN"] },
    })
    assert.equal(applied.body.cart.discount_total, 1.5)
    const after = await preview(p.id, cart.id)
    assert.deepEqual(
      [after.promotion_id, after.code, after.cart_id, after.is_automatic, after.applies, after.reasons],
      [p.id, "PV-TEN", cart.id, false, true, []],
    )
    assert.equal(after.discount_total, 1.5)
    assert.deepEqual(after.rules, [
      {
        rule_type: "rules",
        attribute: "currency_code",
        operator: "in",
        expected: ["usd"],
        actual: ["usd"],
        passed: true,
      },
    ])
  })

  test("a failed rule names its attribute, operator, expected values and the cart's values", async () => {
    const p = await promotion("PV-EUR", tenPercent, {
      rules: [
        { attribute: "currency_code", operator: "in", values: ["eur"] },
        { attribute: "sales_channel_id", operator: "eq", values: [s.defaults.default_sales_channel_id] },
      ],
    })
    const r = await preview(p.id, (await teeCart()).id)
    assert.equal(r.applies, false)
    assert.deepEqual(types(r), ["rule_failed", "code_not_applied"])
    const failed = r.reasons[0]
    assert.deepEqual(
      [failed.attribute, failed.operator, failed.expected, failed.actual],
      ["currency_code", "in", ["eur"], ["usd"]],
    )
    assert.match(failed.message, /currency_code in \[eur\] does not hold: the cart has \[usd\]/)
    assert.deepEqual(
      r.rules.map((c: { attribute: string; passed: boolean }) => [c.attribute, c.passed]),
      [
        ["currency_code", false],
        ["sales_channel_id", true],
      ],
    )
    assert.deepEqual(r.adjustments, [])
  })

  test("target rules no item satisfies: no_target with the items' values", async () => {
    const p = await promotion("PV-TARGET", {
      ...tenPercent,
      target_rules: [{ attribute: "items.product.id", operator: "in", values: ["prod_other"] }],
    })
    const cart = await teeCart()
    const r = await preview(p.id, cart.id)
    assert.deepEqual(types(r), ["code_not_applied", "no_target"])
    const target = r.rules[0]
    assert.deepEqual(
      [target.rule_type, target.expected, target.actual, target.passed, target.matching_ids],
      ["target_rules", ["prod_other"], [cart.items[0].product_id], false, []],
    )
    assert.equal(r.reasons[1].failed_rules[0].attribute, "items.product.id")
  })

  test("status, campaign dates, budget, limit and currency are each explained", async () => {
    const cart = await teeCart()
    const draft = await promotion("PV-DRAFT", tenPercent, { status: "draft" })
    assert.deepEqual(types(await preview(draft.id, cart.id)), ["status_not_active", "code_not_applied"])
    const day = 24 * 3600 * 1000
    const campaign = (id: string, starts: number, ends: number, budget?: unknown) => ({
      campaign: {
        name: id,
        campaign_identifier: id,
        starts_at: new Date(Date.now() + starts).toISOString(),
        ends_at: new Date(Date.now() + ends).toISOString(),
        ...(budget ? { budget } : {}),
      },
    })
    const ended = await promotion("PV-ENDED", tenPercent, campaign("pv-ended", -2 * day, -day))
    const ends = await preview(ended.id, cart.id)
    assert.deepEqual(types(ends), ["campaign_ended", "code_not_applied"])
    assert.ok(ends.reasons[0].ends_at)
    const later = await promotion("PV-LATER", tenPercent, campaign("pv-later", day, 2 * day))
    assert.deepEqual(types(await preview(later.id, cart.id)), ["campaign_not_started", "code_not_applied"])
    const budgeted = await promotion(
      "PV-BUDGET",
      tenPercent,
      campaign("pv-budget", -day, day, { type: "usage", limit: 2 }),
    )
    await s.app.container.modules.promotion.updateCampaignBudgets(budgeted.campaign!.budget.id, { used: 2 })
    const spent = await preview(budgeted.id, cart.id)
    assert.deepEqual(types(spent), ["budget_exhausted", "code_not_applied"])
    assert.deepEqual([spent.reasons[0].budget_type, spent.reasons[0].limit, spent.reasons[0].used], ["usage", 2, 2])
    const euros = await promotion("PV-EUROS", { type: "fixed", target_type: "order", value: 5, currency_code: "eur" })
    const mismatch = await preview(euros.id, cart.id)
    assert.deepEqual(types(mismatch), ["currency_mismatch", "code_not_applied"])
    assert.deepEqual([mismatch.reasons[0].expected, mismatch.reasons[0].actual], ["eur", "usd"])
    const shipping = await promotion("PV-SHIP", {
      type: "percentage",
      target_type: "shipping_methods",
      allocation: "each",
      value: 100,
    })
    const noShipping = await preview(shipping.id, cart.id)
    assert.deepEqual(types(noShipping), ["code_not_applied", "no_target"])
    assert.equal(noShipping.reasons[1].message, "The cart has no shipping method to discount")
  })

  test("a spend budget the discount would pass: budget_exceeded", async () => {
    const p = await promotion(
      "PV-SPEND",
      { ...tenPercent, currency_code: "usd" },
      {
        campaign: {
          name: "pv-spend",
          campaign_identifier: "pv-spend",
          budget: { type: "spend", limit: 1, currency_code: "usd" },
        },
      },
    )
    const r = await preview(p.id, (await teeCart()).id)
    assert.deepEqual(types(r), ["code_not_applied", "budget_exceeded"])
    assert.deepEqual(r.adjustments, [])
  })

  test("the preview writes nothing; unknown ids are 404s, a missing cart_id a 400", async () => {
    const p = await promotion("PV-RO", tenPercent)
    const cart = await teeCart()
    const snapshot = async () => {
      const q = (sql: string) => s.app.core.pool.query(sql).then((r) => JSON.stringify(r.rows))
      return [
        await q("SELECT count(*) FROM event_outbox"),
        await q("SELECT count(*) FROM cart_line_item_adjustment"),
        await q("SELECT id, updated_at FROM cart ORDER BY id"),
        await q("SELECT id, used, updated_at FROM promotion ORDER BY id"),
      ]
    }
    const was = await snapshot()
    await preview(p.id, cart.id)
    assert.deepEqual(await snapshot(), was)
    const missing = await s.request("GET", `/admin/promotions/promo_nope/preview?cart_id=${cart.id}`)
    assert.deepEqual(missing.body, {
      type: "not_found",
      message: "Promotion with id or code: promo_nope was not found",
    })
    const noCart = await s.request("GET", `/admin/promotions/${p.id}/preview?cart_id=cart_nope`)
    assert.deepEqual(noCart.body, { type: "not_found", message: "Cart id not found: cart_nope" })
    const bad = await s.request("GET", `/admin/promotions/${p.id}/preview`)
    assert.equal(bad.status, 400)
    assert.equal(bad.body.type, "invalid_data")
  })

  test("an automatic promotion needs no code", async () => {
    const p = await promotion(
      "PV-AUTO",
      { type: "fixed", target_type: "order", value: 2, currency_code: "usd" },
      { is_automatic: true },
    )
    const cart = await teeCart()
    const r = await preview(p.id, cart.id)
    assert.deepEqual([r.applies, r.reasons, r.discount_total, r.is_automatic], [true, [], 2, true])
    await s.request("POST", `/admin/promotions/${p.id}`, { body: { status: "inactive" } })
  })
})
