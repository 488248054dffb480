import { model } from "../../../framework/model/index.js"
import { Promotion } from "./promotion.js"

/** A campaign: dates bounding its promotions, and at most one budget (spend or usage). */
export const Campaign = model.define("promotion_campaign", {
  id: model.id({ prefix: "procamp" }).primaryKey(),
  name: model.text().searchable(),
  description: model.text().nullable(),
  campaign_identifier: model.text().unique(),
  starts_at: model.dateTime().nullable(),
  ends_at: model.dateTime().nullable(),
  budget_id: model.text().nullable().hidden(),
  budget: model.belongsTo(() => CampaignBudget, { foreignKey: "budget_id", onDelete: "set null" }),
  promotions: model.hasMany(() => Promotion, { foreignKey: "campaign_id" }),
})

/** `used` grows at each completed order (usage: 1 per order, spend: the discount given). */
export const CampaignBudget = model.define("promotion_campaign_budget", {
  id: model.id({ prefix: "probudg" }).primaryKey(),
  type: model.enum(["spend", "usage", "use_by_attribute"]),
  currency_code: model.text().nullable(),
  attribute: model.text().nullable(),
  limit: model.number().nullable(),
  used: model.number().default(0),
  campaign_id: model.text().index(),
})
