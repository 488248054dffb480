import { model } from "../../../framework/model/index.js"

export const RULE_OPERATORS = ["gte", "lte", "gt", "lt", "eq", "ne", "in"] as const

/**
 * A rule on a cart attribute (`currency_code`, `items.product.id`…). One table holds the
 * promotion's rules, its application method's target rules and its buy rules: which one a row
 * is says the column that points at its owner (Medusa keeps three pivot tables instead).
 */
export const PromotionRule = model.define("promotion_rule", {
  id: model.id({ prefix: "prorul" }).primaryKey(),
  description: model.text().nullable(),
  attribute: model.text().index(),
  operator: model.enum(RULE_OPERATORS),
  promotion_id: model.text().nullable().index().hidden(),
  target_method_id: model.text().nullable().index().hidden(),
  buy_method_id: model.text().nullable().index().hidden(),
  values: model.hasMany(() => PromotionRuleValue, { foreignKey: "promotion_rule_id" }),
})

export const PromotionRuleValue = model.define("promotion_rule_value", {
  // Medusa outputs a value as `{ value }` only
  id: model.id({ prefix: "prorulval" }).primaryKey().hidden(),
  value: model.text(),
  promotion_rule_id: model.text().index().hidden(),
})
