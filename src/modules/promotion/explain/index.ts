import { computeActions, type Action, type CartContext, type PromotionData } from "../compute/index.js"
import { dec, num } from "../compute/decimal.js"
import { eligibilityReasons } from "./eligibility.js"
import { noTargetReason } from "./no-target.js"
import { cartRuleChecks, lineRuleChecks } from "./rule-checks.js"
import type { PreviewAdjustment, PreviewPromotion, Reason, RuleCheck } from "./types.js"

export type { PreviewPromotion } from "./types.js"

export interface PreviewInput {
  promotion: PreviewPromotion
  cart: CartContext & { id: string }
  /** the codes the cart holds now */
  codesOnCart: string[]
  /** the live promotions the cart applies now (its codes and the automatic ones), highest value first */
  others: PromotionData[]
  now: Date
}

export interface Preview {
  promotion_id: string
  code: string
  cart_id: string
  is_automatic: boolean
  applies: boolean
  reasons: Reason[]
  rules: RuleCheck[]
  adjustments: PreviewAdjustment[]
  discount_total: number
}

const byValue = (a: PromotionData, b: PromotionData) =>
  Number(b.application_method?.value ?? 0) - Number(a.application_method?.value ?? 0)

function adjustmentsOf(actions: Action[], code: string): PreviewAdjustment[] {
  return actions.flatMap((a): PreviewAdjustment[] => {
    if (a.code !== code) return []
    if (a.action === "addItemAdjustment")
      return [{ item_id: a.item_id, amount: a.amount, code, is_tax_inclusive: a.is_tax_inclusive ?? false }]
    if (a.action === "addShippingMethodAdjustment")
      return [{ shipping_method_id: a.shipping_method_id, amount: a.amount, code }]
    return []
  })
}

function ruleChecks(promotion: PreviewPromotion, cart: CartContext): RuleCheck[] {
  const method = promotion.application_method
  const shipping = method?.target_type === "shipping_methods"
  return [
    ...cartRuleChecks(promotion.rules, cart),
    ...(shipping
      ? lineRuleChecks("target_rules", method?.target_rules ?? [], cart.shipping_methods, "shipping_methods")
      : lineRuleChecks("target_rules", method?.target_rules ?? [], cart.items, "items")),
    ...lineRuleChecks("buy_rules", method?.buy_rules ?? [], cart.items, "items"),
  ]
}

function ruleFailures(rules: RuleCheck[]): Reason[] {
  return rules
    .filter((r) => r.rule_type === "rules" && !r.passed)
    .map(({ attribute, operator, expected, actual }) => ({
      type: "rule_failed",
      message: `The rule ${attribute} ${operator} [${expected.join(", ")}] does not hold: the cart has [${actual.join(", ")}]`,
      attribute,
      operator,
      expected,
      actual,
    }))
}

/**
 * Whether a promotion applies to a cart and why not (read-only; nothing is written): status,
 * campaign dates, limit and budget, currency, each rule with the cart's values, the code on the
 * cart; then Medusa's computeActions on the cart with the promotions it applies now plus this one
 * gives the adjustments (shown also for a code not on the cart: what adding it would give).
 */
export function explainPromotion(input: PreviewInput): Preview {
  const { promotion, cart } = input
  const rules = ruleChecks(promotion, cart)
  const reasons = [...eligibilityReasons(promotion, cart.currency_code, input.now), ...ruleFailures(rules)]
  if (!promotion.is_automatic && !input.codesOnCart.includes(promotion.code))
    reasons.push({
      type: "code_not_applied",
      message: `The code ${promotion.code} is not on the cart; the adjustments are what adding it would give`,
    })
  let adjustments: PreviewAdjustment[] = []
  if (reasons.every((r) => r.type === "code_not_applied")) {
    const together = [...input.others.filter((p) => p.id !== promotion.id), promotion].sort(byValue)
    const actions = computeActions(together, cart)
    adjustments = adjustmentsOf(actions, promotion.code)
    const budget = promotion.campaign?.budget
    if (actions.some((a) => a.action === "campaignBudgetExceeded" && a.code === promotion.code))
      reasons.push({
        type: "budget_exceeded",
        message: `The discount would pass the campaign's ${budget?.type} budget: ${budget?.used} used of ${budget?.limit}`,
        budget_type: budget?.type,
        limit: budget?.limit,
        used: budget?.used,
      })
    else if (!adjustments.length) {
      const alone = adjustmentsOf(computeActions([promotion], cart), promotion.code)
      reasons.push(
        alone.length
          ? { type: "outranked", message: "The cart's other promotions leave nothing for this one to discount" }
          : noTargetReason(promotion, rules),
      )
    }
  }
  const total = adjustments.reduce((sum, a) => sum + dec(a.amount), 0n)
  return {
    promotion_id: promotion.id,
    code: promotion.code,
    cart_id: cart.id,
    is_automatic: promotion.is_automatic,
    applies: adjustments.length > 0 && reasons.every((r) => r.type === "budget_exceeded"),
    reasons,
    rules,
    adjustments,
    discount_total: num(total),
  }
}
