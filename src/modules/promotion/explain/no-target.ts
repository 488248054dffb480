import type { PreviewPromotion, Reason, RuleCheck } from "./types.js"

/** Why computeActions gave this promotion nothing to discount on a cart whose rules hold. */
export function noTargetReason(promotion: PreviewPromotion, rules: RuleCheck[]): Reason {
  const method = promotion.application_method
  const failed = rules.filter((r) => r.rule_type !== "rules" && !r.passed)
  const target = method?.target_type ?? "items"
  if (failed.length)
    return {
      type: "no_target",
      message: `No line of the cart satisfies the ${failed.map((r) => `${r.rule_type} ${r.attribute} ${r.operator} [${r.expected.join(", ")}]`).join(" and ")}`,
      target_type: target,
      failed_rules: failed.map(({ rule_type, attribute, operator, expected, actual }) => ({
        rule_type,
        attribute,
        operator,
        expected,
        actual,
      })),
    }
  if (promotion.type === "buyget")
    return {
      type: "no_target",
      message: `The cart does not hold ${method?.buy_rules_min_quantity ?? 0} items of the buy rules and the items to discount`,
      target_type: target,
    }
  return {
    type: "no_target",
    message:
      target === "shipping_methods"
        ? "The cart has no shipping method to discount"
        : "The cart has no discountable item with an amount to discount",
    target_type: target,
  }
}
