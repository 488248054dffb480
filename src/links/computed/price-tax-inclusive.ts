import { raw, sql, type Sql } from "../../framework/sql/sql.js"
import type { ChosenPrice } from "./price-object.js"

/**
 * The context's `tax_inclusive`: the region's and the currency's price preferences, or (a store
 * read, store-price-facts.ts) what each resolves to with its fallbacks; null: there is none.
 */
interface TaxFacts {
  region: boolean | null
  currency: boolean | null
}

const isFacts = (value: unknown): value is TaxFacts =>
  typeof value === "object" &&
  value !== null &&
  [true, false, null].includes((value as TaxFacts).currency) &&
  [true, false, null].includes((value as TaxFacts).region)

/**
 * Medusa's isTaxInclusive for a chosen price: the region's price preference when the price has the
 * context region's `region_id` rule (a price's region rule that holds is that region, or a list
 * naming it, which Medusa's rules cannot express: the currency decides), else the currency's
 * preference, else (salesgraph) the store currency's `is_tax_inclusive` flag, else false. The
 * look-ups are the same for every variant: the values given as facts (`tax_inclusive`, null where
 * there is no preference) are constants; the rest are statement-level subqueries, computed once.
 */
export function taxInclusiveRule(
  context: Record<string, unknown>,
  currency: string,
  regionId: unknown,
): (p: ChosenPrice) => Sql {
  const facts = isFacts(context.tax_inclusive) ? context.tax_inclusive : undefined
  const preference = (attribute: string, match: Sql) => sql`(SELECT pp.is_tax_inclusive FROM price_preference pp
      WHERE pp.deleted_at IS NULL AND pp.attribute = ${attribute}::text AND ${match} LIMIT 1)`
  const known = (value: boolean | null | undefined) => (typeof value === "boolean" ? raw(String(value)) : undefined)
  const storeCurrency = sql`(SELECT sc.is_tax_inclusive FROM store_currency sc
      WHERE lower(sc.currency_code) = lower(${currency}::text) AND sc.deleted_at IS NULL
      ORDER BY sc.is_tax_inclusive DESC LIMIT 1)`
  const byCurrency =
    known(facts?.currency) ??
    (facts
      ? sql`coalesce(${storeCurrency}, false)`
      : sql`coalesce(${preference("currency_code", sql`lower(pp.value) = lower(${currency}::text)`)}, ${storeCurrency}, false)`)
  const region =
    known(facts?.region) ??
    (facts ? byCurrency : sql`coalesce(${preference("region_id", sql`pp.value = ${regionId}::text`)}, ${byCurrency})`)
  // both known and the same (the usual case): no comparison per price
  if (typeof facts?.region === "boolean" && facts.region === facts.currency)
    return (p) => sql`CASE WHEN ${p.missing} THEN false ELSE ${region} END`
  return (p) => sql`CASE WHEN ${p.missing} THEN false
      WHEN ${p.regionRule} = ${regionId}::text THEN ${region} ELSE ${byCurrency} END`
}
