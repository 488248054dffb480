/**
 * The cross-check's promotions (codes XC-…), as Medusa's admin API creates them. The automatic ones
 * carry a rule on the XC regions so that they leave everyone else's carts on the shared anchor alone.
 */
import type { PromoShop } from "./shop.js"

type Body = Record<string, any> & { code: string }
const rule = (attribute: string, values: string[], operator = "in") => ({ attribute, operator, values })
const standard = (code: string, application_method: Record<string, unknown>, rules: unknown[] = [], auto = false) => ({
  code,
  type: "standard",
  status: "active",
  is_automatic: auto,
  application_method,
  rules,
})

export const PROMOTIONS: ((shop: PromoShop) => Body)[] = [
  // 10 % off shirts and lamps, spread across them
  (s) =>
    standard("XC-PCT10", {
      type: "percentage",
      target_type: "items",
      allocation: "across",
      value: 10,
      target_rules: [rule("items.product.id", [s.products.shirt, s.products.lamp])],
    }),
  // 1.5 off each mug, at most 2 of them, in EUR only
  (s) =>
    standard(
      "XC-MUG",
      {
        type: "fixed",
        target_type: "items",
        allocation: "each",
        value: 1.5,
        max_quantity: 2,
        currency_code: "eur",
        target_rules: [rule("items.product.id", [s.products.mug])],
      },
      [rule("currency_code", ["eur"])],
    ),
  // 15 % of each line, at most 1 unit per line (each), every product
  () =>
    standard("XC-EACH15", {
      type: "percentage",
      target_type: "items",
      allocation: "each",
      value: 15,
      max_quantity: 1,
      target_rules: [],
    }),
  // 8 off the order (across the items), in EUR
  () =>
    standard(
      "XC-ORDER8",
      { type: "fixed", target_type: "order", allocation: "across", value: 8, currency_code: "eur" },
      [rule("currency_code", ["eur"])],
    ),
  // 5 GBP off the order
  () =>
    standard("XC-GBP5", { type: "fixed", target_type: "order", allocation: "across", value: 5, currency_code: "gbp" }, [
      rule("currency_code", ["gbp"]),
    ]),
  // 12.5 % off the order
  () => standard("XC-ORDER12", { type: "percentage", target_type: "order", allocation: "across", value: 12.5 }),
  // half price on the express shipping option
  (s) =>
    standard("XC-SHIPHALF", {
      type: "percentage",
      target_type: "shipping_methods",
      allocation: "each",
      value: 50,
      max_quantity: 1,
      target_rules: [rule("shipping_methods.shipping_option.id", [s.options.express])],
    }),
  // buy 2 shirts, get a pen free
  (s) => ({
    code: "XC-BUY2",
    type: "buyget",
    status: "active",
    is_automatic: false,
    rules: [],
    application_method: {
      type: "percentage",
      target_type: "items",
      allocation: "each",
      value: 100,
      max_quantity: 1,
      apply_to_quantity: 1,
      buy_rules_min_quantity: 2,
      buy_rules: [rule("items.product.id", [s.products.shirt])],
      target_rules: [rule("items.product.id", [s.products.pen])],
    },
  }),
  // automatic: 5 % off lamps on the default channel's carts in the XC regions
  (s) =>
    standard(
      "XC-AUTO-LAMP",
      {
        type: "percentage",
        target_type: "items",
        allocation: "across",
        value: 5,
        target_rules: [rule("items.product.id", [s.products.lamp])],
      },
      [rule("sales_channel_id", [s.channel]), rule("region_id", [s.regions.excl, s.regions.incl])],
      true,
    ),
  // automatic: 2 GBP off the shipping methods of the tax-inclusive region
  (s) =>
    standard(
      "XC-AUTO-SHIP",
      {
        type: "fixed",
        target_type: "shipping_methods",
        allocation: "across",
        value: 2,
        currency_code: "gbp",
        target_rules: [],
      },
      [rule("region_id", [s.regions.incl])],
      true,
    ),
]
