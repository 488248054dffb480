import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import type { TestServer } from "../../../test-support/http.js"
import { checkoutServer, type CheckoutShop } from "./test-support/checkout-fixtures.js"
import { createCart } from "./test-support/checkout-test-helpers.js"
import { createFreeShipping } from "./test-support/free-shipping.js"

// rules on the cart's shipping methods: their option and its type (Medusa's rule-attribute-options)
describe("cart promotions on shipping methods' options and option types", () => {
  let s: TestServer
  let shop: CheckoutShop
  let option: { id: string; type: string }
  before(async () => {
    ;({ s, shop } = await checkoutServer())
    const { data } = await s.app.container.query.graph<{ stock_locations: { id: string }[] }>({
      entity: "sales_channel",
      fields: ["stock_locations.id"],
      filters: { id: s.defaults.default_sales_channel_id },
    })
    const id = await createFreeShipping((method, path, body) => s.request(method, path, { body }), {
      location_id: data[0].stock_locations[0].id,
      shipping_profile_id: s.defaults.default_shipping_profile_id,
      countries: ["us"],
      currencies: ["usd"],
      priced: { name: "Express", amount: 10 },
    })
    const read = await s.request("GET", `/admin/shipping-options/${id}?fields=id,shipping_option_type_id`)
    option = { id, type: read.body.shipping_option.shipping_option_type_id }
    assert.match(option.type, /^sotype_/)
  })
  after(() => s.close())

  async function shippedCart() {
    const key = s.publishableKey
    const cart = await createCart(s, key, {
      region_id: shop.region.us,
      shipping_address: { country_code: "us" },
      items: [{ variant_id: shop.variant.teeS, quantity: 1 }],
    })
    const r = await s.request("POST", `/store/carts/${cart.id}/shipping-methods`, {
      key,
      body: { option_id: option.id },
    })
    assert.equal(r.status, 200, JSON.stringify(r.body))
    return cart.id as string
  }
  async function discountWith(code: string, method: Record<string, unknown>, rules?: unknown[]) {
    const created = await s.request("POST", "/admin/promotions", {
      body: { code, type: "standard", status: "active", application_method: method, ...(rules ? { rules } : {}) },
    })
    assert.equal(created.status, 200, JSON.stringify(created.body))
    const cartId = await shippedCart()
    const r = await s.request("POST", `/store/carts/${cartId}/promotions`, {
      key: s.publishableKey,
      body: { promo_codes: [code] },
    })
    assert.equal(r.status, 200, JSON.stringify(r.body))
    return { cart: r.body.cart, promotion: created.body.promotion, cartId }
  }
  const freeShipping = (attribute: string, values: string[]) => ({
    type: "percentage",
    target_type: "shipping_methods",
    allocation: "each",
    value: 100,
    target_rules: [{ attribute, operator: "in", values }],
  })
  const TYPE = "shipping_methods.shipping_option.shipping_option_type_id"

  test("target rules on the shipping option type and the shipping option", async () => {
    const byType = await discountWith("SHIP-TYPE", freeShipping(TYPE, [option.type]))
    assert.deepEqual([byType.cart.shipping_discount_total, byType.cart.discount_total], [10, 10])
    assert.deepEqual(
      byType.cart.shipping_methods[0].adjustments.map((a: { code: string; amount: number }) => [a.code, a.amount]),
      [["SHIP-TYPE", 10]],
    )
    const otherType = await discountWith("SHIP-TYPE-NO", freeShipping(TYPE, ["sotype_other"]))
    assert.equal(otherType.cart.discount_total, 0)
    const byOption = await discountWith("SHIP-OPT", freeShipping("shipping_methods.shipping_option.id", [option.id]))
    assert.equal(byOption.cart.shipping_discount_total, 10)
    // the preview names the type the cart's method has
    const why = await s.request(
      "GET",
      `/admin/promotions/${otherType.promotion.id}/preview?cart_id=${otherType.cartId}`,
    )
    assert.deepEqual(
      [why.body.preview.rules[0].attribute, why.body.preview.rules[0].actual, why.body.preview.reasons.at(-1).type],
      [TYPE, [option.type], "no_target"],
    )
  })

  test("a promotion rule on the cart's shipping option type gates an items discount", async () => {
    const items = { type: "fixed", target_type: "items", allocation: "each", value: 1, currency_code: "usd" }
    const yes = await discountWith("TYPE-ITEMS", items, [{ attribute: TYPE, operator: "in", values: [option.type] }])
    assert.equal(yes.cart.item_discount_total, 1)
    const no = await discountWith("TYPE-ITEMS-NO", items, [{ attribute: TYPE, operator: "eq", values: ["sotype_x"] }])
    assert.equal(no.cart.discount_total, 0)
  })
})
