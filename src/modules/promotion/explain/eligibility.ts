import type { PreviewPromotion, Reason } from "./types.js"

/** The checks before any rule: status, the campaign's dates, the promotion's limit and budget, currency. */
export function eligibilityReasons(promotion: PreviewPromotion, currency: string, now: Date): Reason[] {
  const reasons: Reason[] = []
  if (promotion.status !== "active")
    reasons.push({
      type: "status_not_active",
      message: `The promotion's status is ${promotion.status}, not active`,
      status: promotion.status,
    })
  const campaign = promotion.campaign
  if (campaign?.starts_at && new Date(campaign.starts_at) > now)
    reasons.push({
      type: "campaign_not_started",
      message: `The campaign starts at ${campaign.starts_at}`,
      starts_at: campaign.starts_at,
    })
  if (campaign?.ends_at && new Date(campaign.ends_at) < now)
    reasons.push({
      type: "campaign_ended",
      message: `The campaign ended at ${campaign.ends_at}`,
      ends_at: campaign.ends_at,
    })
  if (promotion.limit !== null && Number(promotion.used) >= Number(promotion.limit))
    reasons.push({
      type: "usage_limit_reached",
      message: `The promotion was used ${promotion.used} times, its limit is ${promotion.limit}`,
      limit: promotion.limit,
      used: promotion.used,
    })
  const budget = campaign?.budget
  if (budget?.limit && Number(budget.used) >= Number(budget.limit))
    reasons.push({
      type: "budget_exhausted",
      message: `The campaign's ${budget.type} budget is exhausted: ${budget.used} used of ${budget.limit}`,
      budget_type: budget.type,
      limit: budget.limit,
      used: budget.used,
    })
  const wanted = promotion.application_method?.currency_code
  if (wanted && wanted !== currency)
    reasons.push({
      type: "currency_mismatch",
      message: `The promotion is in ${wanted}, the cart in ${currency}`,
      expected: wanted,
      actual: currency,
    })
  return reasons
}
