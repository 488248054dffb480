import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { computeActions, type CartContext, type PromotionData } from "./index.js"

// Expected amounts are Medusa 2.21.2's (the anchor), for a cart of 3 × 33.33 (product p1) and
// 2 × 19.99 (product p2), each code applied alone and then four together.
const item = (id: string, product: string, unit: number, quantity: number) => ({
  id,
  quantity,
  subtotal: unit * quantity,
  original_total: unit * quantity,
  is_discountable: true,
  product: { id: product },
})
const cart: CartContext = {
  currency_code: "usd",
  items: [item("i1", "p1", 33.33, 3), item("i2", "p2", 19.99, 2)],
  shipping_methods: [],
}
const rule = (attribute: string, values: string[]) => ({
  attribute,
  operator: "in",
  values: values.map((value) => ({ value })),
})
function promo(
  code: string,
  method: Partial<NonNullable<PromotionData["application_method"]>>,
  type: "standard" | "buyget" = "standard",
): PromotionData {
  return {
    id: code,
    code,
    type,
    is_automatic: false,
    is_tax_inclusive: false,
    limit: null,
    used: 0,
    rules: [],
    campaign: null,
    application_method: {
      value: 0,
      type: "percentage",
      target_type: "items",
      allocation: "each",
      currency_code: null,
      max_quantity: null,
      apply_to_quantity: null,
      buy_rules_min_quantity: null,
      target_rules: [],
      buy_rules: [],
      ...method,
    },
  }
}
const PCT = promo("PW-PCT", { value: 10, max_quantity: 2 })
const ACROSS = promo("PW-ACROSS", { type: "fixed", allocation: "across", value: 7, currency_code: "usd" })
const ORDER = promo("PW-ORDER", { target_type: "order", allocation: null, value: 3.3 })
const FIXEACH = promo("PW-FIXEACH", { type: "fixed", value: 4, max_quantity: 5, currency_code: "usd" })
const BXGY = promo(
  "PW-BXGY2",
  {
    value: 50,
    max_quantity: 2,
    apply_to_quantity: 1,
    buy_rules_min_quantity: 2,
    buy_rules: [rule("items.product.id", ["p1"])],
    target_rules: [rule("items.product.id", ["p2"])],
  },
  "buyget",
)
const amounts = (promotions: PromotionData[]) =>
  computeActions(promotions, cart).map((a) => ("item_id" in a ? [a.item_id, a.code, a.amount] : [a.action, a.code]))

/** The rows `amounts` answers for one promotion `code` that adjusts the cart's items by `amount`, in that order. */
const perItem = (code: string, amount: Record<string, number>) =>
  Object.entries(amount).map(([item, value]) => [item, code, value])

describe("computeActions against Medusa's numbers", () => {
  test("each promotion type alone", () => {
    assert.deepEqual(amounts([PCT]), perItem("PW-PCT", { i1: 6.666, i2: 3.998 }))
    assert.deepEqual(amounts([ACROSS]), perItem("PW-ACROSS", { i1: 5.000571551046653, i2: 1.9994284489533471 }))
    assert.deepEqual(amounts([ORDER]), perItem("PW-ORDER", { i1: 3.29967, i2: 1.31934 }))
    assert.deepEqual(amounts([FIXEACH]), perItem("PW-FIXEACH", { i1: 12, i2: 8 }))
    assert.deepEqual(amounts([BXGY]), [["i2", "PW-BXGY2", 9.995]])
  })

  test("four stacked: buyget first, then by value, each on what the others left", () => {
    assert.deepEqual(amounts([PCT, ACROSS, ORDER, BXGY]), [
      ["i2", "PW-BXGY2", 9.995],
      ["i1", "PW-PCT", 6.666],
      ["i2", "PW-PCT", 2.9985],
      ["i1", "PW-ACROSS", 5.429850262445921],
      ["i2", "PW-ACROSS", 1.5701497375540787],
      ["i1", "PW-ORDER", 2.9005069413392848],
      ["i2", "PW-ORDER", 0.8387395586607154],
    ])
  })

  test("a currency or a rule that does not match, a used-up limit, a spent budget", () => {
    assert.deepEqual(
      amounts([{ ...FIXEACH, application_method: { ...FIXEACH.application_method!, currency_code: "eur" } }]),
      [],
    )
    assert.deepEqual(amounts([{ ...PCT, rules: [rule("currency_code", ["eur"])] }]), [])
    assert.deepEqual(amounts([{ ...PCT, limit: 2, used: 2 }]), [["promotionLimitExceeded", "PW-PCT"]])
    const spent = { budget: { id: "b", type: "usage", limit: 3, used: 3 } }
    assert.deepEqual(amounts([{ ...PCT, campaign: spent }]), [
      ["campaignBudgetExceeded", "PW-PCT"],
      ["campaignBudgetExceeded", "PW-PCT"],
    ])
  })

  test("shipping methods: a rule on shipping_methods.shipping_option.id, each and across", () => {
    const shipping: CartContext = {
      ...cart,
      shipping_methods: [
        { id: "sm1", subtotal: 10, shipping_option: { id: "so_fast" } },
        { id: "sm2", subtotal: 5, shipping_option: { id: "so_slow" } },
      ],
    }
    const ship = (allocation: "each" | "across", values: string[]) =>
      computeActions(
        [
          promo("SHIP", {
            target_type: "shipping_methods",
            type: "fixed",
            allocation,
            value: 6,
            target_rules: [rule("shipping_methods.shipping_option.id", values)],
          }),
        ],
        shipping,
      ).map((a) => ("shipping_method_id" in a ? [a.shipping_method_id, a.amount] : []))
    assert.deepEqual(ship("each", ["so_fast"]), [["sm1", 6]])
    assert.deepEqual(ship("each", ["so_fast", "so_slow"]), [
      ["sm1", 6],
      ["sm2", 5],
    ])
    assert.deepEqual(ship("across", ["so_fast", "so_slow"]), [
      ["sm1", 4],
      ["sm2", 2],
    ])
    assert.deepEqual(ship("each", ["so_none"]), [])
  })
})
