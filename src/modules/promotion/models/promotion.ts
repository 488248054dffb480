import { model } from "../../../framework/model/index.js"
import { Campaign } from "./campaign.js"
import { PromotionRule } from "./rule.js"

export const Promotion = model.define("promotion", {
  id: model.id({ prefix: "promo" }).primaryKey(),
  code: model.text().searchable().unique(),
  is_automatic: model.boolean().default(false),
  is_tax_inclusive: model.boolean().default(false),
  type: model.enum(["standard", "buyget"]).index(),
  status: model.enum(["draft", "active", "inactive"]).default("draft").index(),
  limit: model.integer().nullable(),
  used: model.integer().default(0),
  metadata: model.json().nullable(),
  campaign_id: model.text().nullable().index(),
  campaign: model.belongsTo(() => Campaign, { foreignKey: "campaign_id", onDelete: "set null" }),
  application_method_id: model.text().nullable().hidden(),
  application_method: model.belongsTo(() => ApplicationMethod, {
    foreignKey: "application_method_id",
    onDelete: "set null",
  }),
  rules: model.hasMany(() => PromotionRule, { foreignKey: "promotion_id" }),
})

/** How a promotion discounts: the value, its type, what it targets and how it spreads. */
export const ApplicationMethod = model.define("promotion_application_method", {
  id: model.id({ prefix: "proappmet" }).primaryKey(),
  value: model.number(),
  currency_code: model.text().nullable(),
  max_quantity: model.integer().nullable(),
  apply_to_quantity: model.integer().nullable(),
  buy_rules_min_quantity: model.integer().nullable(),
  type: model.enum(["fixed", "percentage"]),
  target_type: model.enum(["order", "shipping_methods", "items"]),
  allocation: model.enum(["each", "across", "once"]).nullable(),
  promotion_id: model.text().index(),
  target_rules: model.hasMany(() => PromotionRule, { foreignKey: "target_method_id" }),
  buy_rules: model.hasMany(() => PromotionRule, { foreignKey: "buy_method_id" }),
})
