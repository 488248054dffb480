import type { Action, PromotionData } from "./types.js"

/** Medusa's computeActionForBudgetExceeded: the campaign budget would pass its limit. */
export function budgetExceeded(promotion: PromotionData, amount: number): Action | undefined {
  const budget = promotion.campaign?.budget
  if (!budget || budget.type === "use_by_attribute") return undefined
  const total = budget.type === "spend" ? Number(budget.used) + amount : Number(budget.used) + 1
  if (budget.limit && total > Number(budget.limit)) return { action: "campaignBudgetExceeded", code: promotion.code }
  return undefined
}
