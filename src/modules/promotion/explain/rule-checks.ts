import { evaluate, pickValues, rulesHold } from "../compute/rules.js"
import type { CartContext, RuleData } from "../compute/types.js"
import type { RuleCheck, RuleType } from "./types.js"

const expectedOf = (rule: RuleData) => rule.values.map((v) => v.value).filter((v) => typeof v === "string")

/** The promotion's own rules on the cart, as computeActions evaluates them. */
export function cartRuleChecks(rules: RuleData[], cart: CartContext): RuleCheck[] {
  return rules.map((rule) => {
    const expected = expectedOf(rule)
    const actual = pickValues(rule.attribute, cart)
    const passed = !!rule.attribute && expected.length > 0 && evaluate(expected, rule.operator, actual)
    return { rule_type: "rules", attribute: rule.attribute, operator: rule.operator, expected, actual, passed }
  })
}

/**
 * Target or buy rules on the cart's lines (items or shipping methods): each rule's values on
 * every line, and the lines it holds for; `passed` when at least one line satisfies it.
 */
export function lineRuleChecks(
  type: Exclude<RuleType, "rules">,
  rules: RuleData[],
  lines: { id: string }[],
  scope: "items" | "shipping_methods",
): RuleCheck[] {
  return rules.map((rule) => {
    const attribute = rule.attribute.replace(`${scope}.`, "")
    const matching = lines.filter((line) => rulesHold([rule], line, scope)).map((line) => line.id)
    return {
      rule_type: type,
      attribute: rule.attribute,
      operator: rule.operator,
      expected: expectedOf(rule),
      actual: [...new Set(lines.flatMap((line) => pickValues(attribute, line)))],
      passed: matching.length > 0,
      matching_ids: matching,
    }
  })
}
