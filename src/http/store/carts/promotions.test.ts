import assert from "node:assert/strict"
import { before, describe, test } from "node:test"
import { createCart } from "./test-support/checkout-test-helpers.js"
import { checkoutSuite } from "./test-support/checkout-suite.js"

// amounts as Medusa 2.21.2's computeActions gives them (checked against the anchor)
describe("cart promotions", () => {
  const { s, shop } = checkoutSuite()
  let key: string
  before(async () => {
    key = s.publishableKey
  })

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

  // each rule attribute: a promotion whose rule matches the cart applies; one whose rule does not is left out silently (Medusa)
  async function applies(code: string, rules: Record<string, unknown>, cart?: { id: string }) {
    const target = rules.target_rules as unknown[] | undefined
    await promotion(
      code,
      { type: "fixed", target_type: "items", allocation: "each", value: 1, currency_code: "usd", target_rules: target },
      rules.rules ? { rules: rules.rules } : {},
    )
    const id = cart?.id ?? (await teeCart(1)).id
    const r = await applyCode(id, code)
    assert.equal(r.status, 200, JSON.stringify(r.body))
    return r.body.cart.discount_total === 1
  }
  const rule = (attribute: string, values: string[], operator = "in") => [{ attribute, operator, values }]

  test("rules on currency_code, region_id, sales_channel_id, customer.groups.id", async () => {
    const channel = s.defaults.default_sales_channel_id
    assert.equal(await applies("CUR-OK", { rules: rule("currency_code", ["usd"]) }), true)
    assert.equal(await applies("CUR-NO", { rules: rule("currency_code", ["eur"]) }), false)
    assert.equal(await applies("REG-OK", { rules: rule("region_id", [shop.region.us]) }), true)
    assert.equal(await applies("REG-NO", { rules: rule("region_id", [shop.region.eu]) }), false)
    assert.equal(await applies("REGID-OK", { rules: rule("region.id", [shop.region.us]) }), true)
    assert.equal(await applies("SC-OK", { rules: rule("sales_channel_id", [channel]) }), true)
    assert.equal(await applies("SC-NO", { rules: rule("sales_channel_id", [shop.channel.empty]) }), false)
    // salesgraph has no customer groups yet: a cart's customer is in none, so `in` fails and `ne` holds
    assert.equal(await applies("GRP-IN", { rules: rule("customer.groups.id", ["cusgroup_vip"]) }), false)
    assert.equal(await applies("GRP-NE", { rules: rule("customer.groups.id", ["cusgroup_vip"], "ne") }), true)
  })

  test("target rules on items.product.id and items.product.categories.id", async () => {
    assert.equal(await applies("PROD-OK", { target_rules: rule("items.product.id", [shop.product.tee]) }), true)
    assert.equal(await applies("PROD-NO", { target_rules: rule("items.product.id", ["prod_other"]) }), false)
    const cat = await s.request("POST", "/admin/product-categories", { body: { name: "Tees", is_active: true } })
    const other = await s.request("POST", "/admin/product-categories", { body: { name: "Mugs", is_active: true } })
    const linked = await s.request("POST", `/admin/product-categories/${cat.body.product_category.id}/products`, {
      body: { add: [shop.product.tee] },
    })
    assert.equal(linked.status, 200, JSON.stringify(linked.body))
    const inCat = rule("items.product.categories.id", [cat.body.product_category.id])
    assert.equal(await applies("CAT-OK", { target_rules: inCat }), true)
    const notInCat = rule("items.product.categories.id", [other.body.product_category.id])
    assert.equal(await applies("CAT-NO", { target_rules: notInCat }), false)
  })

  test("buyget: buy 2 S tees, get an M tee free", async () => {
    const r = await s.request("POST", "/admin/promotions", {
      body: {
        code: "B2G1",
        type: "buyget",
        status: "active",
        application_method: {
          type: "percentage",
          target_type: "items",
          allocation: "each",
          value: 100,
          max_quantity: 1,
          apply_to_quantity: 1,
          buy_rules_min_quantity: 2,
          buy_rules: rule("items.variant_id", [shop.variant.teeS]),
          target_rules: rule("items.variant_id", [shop.variant.teeM]),
        },
      },
    })
    assert.equal(r.status, 200, JSON.stringify(r.body))
    const cart = await teeCart(2, [{ variant_id: shop.variant.teeM, quantity: 1 }])
    const applied = (await applyCode(cart.id, "B2G1")).body.cart
    assert.deepEqual([applied.discount_total, applied.total], [20, 30])
    // one S tee less: the buy rule no longer holds and the refresh drops the promotion
    const line = applied.items.find((i: { variant_id: string }) => i.variant_id === shop.variant.teeS)
    const after = await s.request("POST", `/store/carts/${cart.id}/line-items/${line.id}`, {
      key,
      body: { quantity: 1 },
    })
    assert.deepEqual([after.body.cart.discount_total, after.body.cart.promotions], [0, []])
  })

  test("an expired campaign: its code applies no more, and a cart that had it loses it at its next change", async () => {
    const p = await promotion(
      "SUMMER",
      { type: "fixed", target_type: "order", value: 4, currency_code: "usd" },
      { campaign: { name: "Summer", campaign_identifier: "summer", ends_at: "2099-01-01T00:00:00Z" } },
    )
    const cart = await teeCart(2)
    assert.equal((await applyCode(cart.id, "SUMMER")).body.cart.discount_total, 4)
    const ended = await s.request("POST", `/admin/campaigns/${p.campaign.id}`, {
      body: { ends_at: "2020-01-01T00:00:00Z" },
    })
    assert.equal(ended.status, 200, JSON.stringify(ended.body))
    const changed = await s.request("POST", `/store/carts/${cart.id}`, { key, body: { metadata: { n: 1 } } })
    assert.deepEqual(
      [changed.body.cart.discount_total, changed.body.cart.total, changed.body.cart.promotions],
      [0, 30, []],
    )
    const again = await applyCode(cart.id, "SUMMER")
    assert.deepEqual([again.status, again.body.cart.discount_total], [200, 0])
  })

  test("an automatic promotion applies to new carts and follows their changes; promo_codes on update (the storefront)", async () => {
    const auto = await promotion(
      "AUTO5",
      { type: "percentage", target_type: "items", allocation: "across", value: 5 },
      { is_automatic: true },
    )
    const cart = await teeCart(2)
    assert.deepEqual([cart.discount_total, cart.promotions.map((p: { code: string }) => p.code)], [1.5, ["AUTO5"]])
    const more = await s.request("POST", `/store/carts/${cart.id}/line-items`, {
      key,
      body: { variant_id: shop.variant.teeM, quantity: 1 },
    })
    assert.equal(more.body.cart.discount_total, 2.5)
    // the storefront's applyPromotions: POST /store/carts/:id {promo_codes}
    const withCode = await s.request("POST", `/store/carts/${cart.id}`, { key, body: { promo_codes: ["CUR-OK"] } })
    assert.deepEqual(withCode.body.cart.promotions.map((p: { code: string }) => p.code).sort(), ["AUTO5", "CUR-OK"])
    // the storefront's cart read (src/lib/data/cart.ts) shows each promotion's value and type
    const fields =
      "*items,*region,*items.product,*items.variant,*items.thumbnail,*items.metadata,+items.total,*promotions,+shipping_methods.name"
    const read = await s.request("GET", `/store/carts/${cart.id}?fields=${encodeURIComponent(fields)}`, { key })
    const auto5 = read.body.cart.promotions.find((p: { code: string }) => p.code === "AUTO5")
    assert.deepEqual(
      [auto5.is_automatic, auto5.application_method.value, auto5.application_method.type],
      [true, 5, "percentage"],
    )
    await s.request("POST", `/admin/promotions/${auto.id}`, { body: { status: "inactive" } })
    const off = await s.request("POST", `/store/carts/${cart.id}`, { key, body: { metadata: { n: 2 } } })
    assert.deepEqual(
      off.body.cart.promotions.map((p: { code: string }) => p.code),
      ["CUR-OK"],
    )
  })
})
