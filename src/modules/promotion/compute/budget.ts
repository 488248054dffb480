import { dec, type D } from "./decimal.js"
import type { Action, PromotionData } from "./types.js"

/** Medusa's computeActionForBudgetExceeded: the campaign budget would pass its limit. */
export function budgetExceeded(promotion: PromotionData, amount: D): Action | undefined {
  const budget = promotion.campaign?.budget
  if (!budget || budget.type === "use_by_attribute") return undefined
  const total = dec(budget.used) + (budget.type === "spend" ? amount : dec(1))
  if (budget.limit && total > dec(budget.limit)) return { action: "campaignBudgetExceeded", code: promotion.code }
  return undefined
}
