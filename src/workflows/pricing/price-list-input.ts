import type { Container } from "../../app/container.js"
import { invalidData } from "../../framework/errors.js"
import type { Row } from "../../framework/service/index.js"
import { missingIds } from "../common/missing-ids.js"

/** A price's rules: Medusa's `{ attribute: value }`, and salesgraph's `sales_channel_id: [ids]`. */
export type PriceRules = Record<string, string | string[]>

export interface PriceListPriceInput {
  variant_id: string
  currency_code: string
  amount: number
  min_quantity?: number | null
  max_quantity?: number | null
  rules?: PriceRules
}

/** Medusa refuses prices of variants that have no price set (here: that do not exist), before writing. */
export async function assertVariants(c: Container, prices: { variant_id: string }[]) {
  const missing = await missingIds(
    c,
    "product_variant",
    prices.map((p) => p.variant_id),
  )
  if (missing.length) throw invalidData(`No price set exist for variants: ${missing.join(", ")}`)
}

/** The row of a price list price. */
export const priceRow = (priceListId: string, p: PriceListPriceInput): Row => ({
  price_list_id: priceListId,
  variant_id: p.variant_id,
  currency_code: p.currency_code.toLowerCase(),
  amount: p.amount,
  min_quantity: p.min_quantity ?? null,
  max_quantity: p.max_quantity ?? null,
  rules: p.rules ?? {},
})

/** A price list's rules, `{ attribute: [values] }`, and their count (Medusa's `rules_count`). */
export const rulesColumns = (rules: Record<string, string[]>): Row => ({
  rules,
  rules_count: Object.values(rules).filter((values) => values.length > 0).length,
})
