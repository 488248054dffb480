import type { RuleData } from "./types.js"

/** Medusa's pickValueFromObject: a dotted path through objects and arrays, arrays flattened. */
export function pickValues(path: string, context: unknown): unknown[] {
  let current: unknown[] = [context]
  for (const key of path.split(".")) {
    const next: unknown[] = []
    for (const value of current) {
      if (value == null || typeof value !== "object") continue
      const picked = (value as Record<string, unknown>)[key]
      if (Array.isArray(picked)) next.push(...picked)
      else if (picked !== undefined) next.push(picked)
    }
    current = next
  }
  return current.filter((v) => v !== null && v !== undefined)
}

/** Medusa's evaluateRuleValueCondition. */
export function evaluate(ruleValues: string[], operator: string, values: unknown[]): boolean {
  if (!values.length) return operator === "ne"
  const set = new Set(ruleValues)
  const has = (v: unknown) => set.has(`${String(v)}`)
  const num = (cmp: (a: number, b: number) => boolean) =>
    values.every((v) => ruleValues.some((r) => cmp(Number(v), Number(r))))
  switch (operator) {
    case "eq":
      return values.every(has)
    case "in":
      return values.some(has)
    case "ne":
      return values.every((v) => !has(v))
    case "gt":
      return num((a, b) => a > b)
    case "gte":
      return num((a, b) => a >= b)
    case "lt":
      return num((a, b) => a < b)
    case "lte":
      return num((a, b) => a <= b)
    default:
      return false
  }
}

/**
 * Medusa's areRulesValidForContext: every rule holds; in an item or shipping-method scope the
 * attribute's `items.` / `shipping_methods.` prefix is dropped and the line is the context.
 */
export function rulesHold(rules: RuleData[], context: unknown, scope?: "items" | "shipping_methods"): boolean {
  return rules.every((rule) => {
    const values = rule.values.map((v) => v.value).filter((v) => typeof v === "string")
    if (!rule.attribute || !values.length) return false
    const attribute = scope ? rule.attribute.replace(`${scope}.`, "") : rule.attribute
    return evaluate(values, rule.operator, pickValues(attribute, context))
  })
}
