import { invalidData } from "../../../framework/errors.js"
import type { CartVariant, VariantPrice } from "./variants.js"

export interface PricingContext {
  currency_code: string | null | undefined
  region_id: string | null | undefined
}

function ruleMatches(rules: Record<string, unknown> | null, context: PricingContext): boolean {
  for (const [key, value] of Object.entries(rules ?? {})) {
    const actual = (context as unknown as Record<string, unknown>)[key]
    if (actual === undefined || actual === null || String(actual) !== String(value)) return false
  }
  return true
}

function inRange(price: VariantPrice, quantity: number): boolean {
  if (price.min_quantity !== null && price.min_quantity !== undefined && quantity < Number(price.min_quantity))
    return false
  if (price.max_quantity !== null && price.max_quantity !== undefined && quantity > Number(price.max_quantity))
    return false
  return true
}

/**
 * The variant's price in the context's currency (case-insensitive): among the prices whose
 * rules all hold (e.g. `region_id`) and whose quantity range holds, the most specific one (most
 * rules), then the lowest amount. Undefined when there is none.
 */
export function calculatePrice(variant: CartVariant, context: PricingContext, quantity: number): number | undefined {
  if (!context.currency_code) {
    throw invalidData("Method calculatePrices requires currency_code in the pricing context")
  }
  const currency = context.currency_code.toLowerCase()
  const candidates = variant.prices
    .filter((p) => p.currency_code.toLowerCase() === currency && ruleMatches(p.rules, context) && inRange(p, quantity))
    .sort(
      (a, b) =>
        Object.keys(b.rules ?? {}).length - Object.keys(a.rules ?? {}).length || Number(a.amount) - Number(b.amount),
    )
  return candidates.length ? Number(candidates[0].amount) : undefined
}
