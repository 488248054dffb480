import { moduleService } from "../../framework/service/index.js"
import { sql } from "../../framework/sql/sql.js"
import { Campaign, CampaignBudget } from "./models/campaign.js"
import { ApplicationMethod, Promotion } from "./models/promotion.js"
import { PromotionRule, PromotionRuleValue } from "./models/rule.js"

export type RuleOwner = { promotion_id: string } | { target_method_id: string } | { buy_method_id: string }
export interface RuleInput {
  attribute: string
  operator: string
  description?: string | null
  values: string | string[]
}

export class PromotionService extends moduleService({
  Campaign,
  CampaignBudget,
  Promotion,
  ApplicationMethod,
  PromotionRule,
  PromotionRuleValue,
}) {
  /** Creates rules and their values for one owner (a promotion, a method's targets or its buys). */
  async createRulesFor(owner: RuleOwner, rules: RuleInput[]): Promise<string[]> {
    if (!rules.length) return []
    const created = await this.createPromotionRules(
      rules.map(({ values, ...rule }) => ({ ...rule, description: rule.description ?? null, ...owner })),
    )
    await this.setRuleValues(created.map((row, i) => ({ id: String(row.id), values: rules[i].values })))
    return created.map((row) => String(row.id))
  }

  /** Replaces the values of each rule. */
  async setRuleValues(rules: { id: string; values: string | string[] }[]): Promise<void> {
    const ids = rules.map((r) => r.id)
    if (!ids.length) return
    await this.db.query(sql`DELETE FROM promotion_rule_value WHERE promotion_rule_id = ANY(${ids}::text[])`)
    await this.createPromotionRuleValues(
      rules.flatMap((r) => [r.values].flat().map((value) => ({ value, promotion_rule_id: r.id }))),
    )
  }

  /** Deletes rules with their values. */
  async deleteRulesWithValues(ids: string[]): Promise<void> {
    if (!ids.length) return
    await this.db.query(sql`DELETE FROM promotion_rule_value WHERE promotion_rule_id = ANY(${ids}::text[])`)
    await this.deletePromotionRules(ids)
  }

  /** Locks the budgets' rows (in id order) and returns their committed `used` and `limit`. */
  async lockBudgets(ids: string[]): Promise<{ id: string; type: string; limit: number | null; used: number }[]> {
    if (!ids.length) return []
    const rows = await this.db.query(
      sql`SELECT id, type, "limit", used FROM promotion_campaign_budget
          WHERE id = ANY(${ids}::text[]) ORDER BY id FOR UPDATE`,
    )
    return rows.map((r) => ({
      id: String(r.id),
      type: String(r.type),
      limit: r.limit == null ? null : Number(r.limit),
      used: Number(r.used),
    }))
  }

  /** Locks promotions with a usage limit (in id order) and returns their `used` and `limit`. */
  async lockLimitedPromotions(ids: string[]): Promise<{ id: string; limit: number; used: number }[]> {
    if (!ids.length) return []
    const rows = await this.db.query(
      sql`SELECT id, "limit", used FROM promotion WHERE id = ANY(${ids}::text[]) AND "limit" IS NOT NULL
          ORDER BY id FOR UPDATE`,
    )
    return rows.map((r) => ({ id: String(r.id), limit: Number(r.limit), used: Number(r.used) }))
  }
}
