import { moduleService } from "../../framework/service/index.js"
import type { Row } from "../../framework/service/model-repository.js"
import { sql } from "../../framework/sql/sql.js"
import { notAllowed } from "../../framework/errors.js"
import type { PromotionData } from "./compute/index.js"
import type { PreviewPromotion } from "./explain/index.js"
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
  CampaignBudget,
  Campaign,
  ApplicationMethod,
  Promotion,
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

  /**
   * Medusa's listActivePromotions_: live, `active`, and in their campaign's dates; those whose
   * code is given, and (unless `automatic` is false) every automatic one; highest value first.
   */
  async activePromotions(codes: string[], automatic = true, now = new Date()): Promise<PromotionData[]> {
    const byCode = { code: codes }
    const rows = await this.listPromotions(
      { status: "active", ...(automatic ? { $or: [byCode, { is_automatic: true }] } : byCode) },
      { select: PROMOTION_SELECT },
    )
    const inDates = (r: Row) => {
      const c = r.campaign as { starts_at: string | null; ends_at: string | null } | null
      return !c || ((!c.starts_at || new Date(c.starts_at) <= now) && (!c.ends_at || new Date(c.ends_at) >= now))
    }
    return (rows.filter(inDates) as unknown as PromotionData[]).sort(
      (a, b) => Number(b.application_method?.value ?? 0) - Number(a.application_method?.value ?? 0),
    )
  }

  /** One promotion as computeActions reads it, whatever its status and dates (the preview). */
  async promotionForPreview(id: string): Promise<PreviewPromotion | undefined> {
    const select = [...PROMOTION_SELECT, "status", "campaign.budget.currency_code"]
    const rows = await this.listPromotions({ id }, { select })
    return rows[0] as unknown as PreviewPromotion | undefined
  }

  /**
   * Medusa's registerUsage at completion: locks the promotions with a limit and the campaign
   * budgets (id order), re-reads their usage under the lock, and adds this order's use — 1 per
   * promotion for a usage budget or a limit, the discount for a spend budget — refusing with
   * Medusa's message when it would pass the limit.
   */
  async registerUsage(uses: { code: string; amount: number }[]): Promise<void> {
    const codes = [...new Set(uses.map((u) => u.code))]
    if (!codes.length) return
    const promotions = await this.activePromotions(codes, false)
    const rows = await this.listPromotions({ code: codes }, { select: ["id", "code", "campaign.budget.id"] })
    const budgetOf = new Map(rows.map((r) => [String(r.code), r.campaign?.budget?.id as string | undefined]))
    const limited = new Map((await this.lockLimitedPromotions(promotions.map((p) => p.id))).map((p) => [p.id, p]))
    const budgets = new Map(
      (await this.lockBudgets([...new Set([...budgetOf.values()].filter((b): b is string => !!b))])).map((b) => [
        b.id,
        b,
      ]),
    )
    const counted = new Set<string>()
    for (const use of uses) {
      const promotion = promotions.find((p) => p.code === use.code)
      if (!promotion) continue
      const limit = limited.get(promotion.id)
      const first = !counted.has(promotion.code)
      counted.add(promotion.code)
      if (limit && first) {
        if (limit.used + 1 > limit.limit) throw notAllowed("Promotion usage exceeds the limit.")
        limit.used += 1
      }
      const budget = budgets.get(budgetOf.get(use.code) ?? "")
      if (!budget) continue
      const next = budget.type === "spend" ? budget.used + Number(use.amount) : first ? budget.used + 1 : budget.used
      if (budget.limit && next > budget.limit) throw notAllowed("Promotion usage exceeds the budget limit.")
      budget.used = next
    }
    for (const p of limited.values()) await this.updatePromotions(p.id, { used: p.used })
    for (const b of budgets.values()) await this.updateCampaignBudgets(b.id, { used: b.used })
  }
}

const PROMOTION_SELECT = [
  "id",
  "code",
  "type",
  "is_automatic",
  "is_tax_inclusive",
  "limit",
  "used",
  "campaign.starts_at",
  "campaign.ends_at",
  "campaign.budget.id",
  "campaign.budget.type",
  "campaign.budget.limit",
  "campaign.budget.used",
  "application_method.*",
  "application_method.target_rules.attribute",
  "application_method.target_rules.operator",
  "application_method.target_rules.values.value",
  "application_method.buy_rules.attribute",
  "application_method.buy_rules.operator",
  "application_method.buy_rules.values.value",
  "rules.attribute",
  "rules.operator",
  "rules.values.value",
]
