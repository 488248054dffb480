import { invalidData } from "../../framework/errors.js"
import type { ComputedDef } from "../../framework/model/index.js"
import { ident, sql, type Sql } from "../../framework/sql/sql.js"
import { basePriceCandidates, priceCandidates, type PriceContext } from "./price-candidates.js"
import { jsonPrice, priceObject, rowPrice } from "./price-object.js"
import { taxInclusiveRule } from "./price-tax-inclusive.js"

/**
 * `variant.calculated_price` (docs/medusa-contract.md §8.1 step 5, docs/pricing.md) in Medusa 2.21.2's
 * shape, as its pricing module picks it: among the variant's prices in the context's currency
 * whose rules hold and whose quantity range holds, the base price (no price list) and the price
 * lists' prices (active, within their dates, their rules holding: the customer's groups, the
 * channel), each ordered most rules first, then lowest amount. The calculated price is an
 * `override` list's price, else the lower of a `sale` list's and the base price; the original
 * price is an `override` list's, else the base price. `null` when none applies.
 * Context: `currency_code` (required), `region_id`, `quantity` (none: prices for a quantity of
 * one, by their minimum), `customer_id` (its groups) or `customer_group_ids` (the groups: store
 * reads by a signed-in customer), `sales_channel_id`, `price_lists_active` and `tax_inclusive`
 * (facts the caller already knows, which spare every variant a look-up: false when no price list
 * is active; the region's and the currency's tax-inclusive preferences), and `tax_amounts`
 * (automatic taxes with a country: the four `*_with_tax` / `*_without_tax` keys, equal to the
 * amounts as no tax rates exist). Medusa's id is the variant's price set; variants here own
 * their prices, so the id is derived from the variant's (`pset_<ulid of the variant>`).
 */
/** `customer_group_ids`: an array of ids (possibly empty), else null (use `customer_id`). */
function groupIds(value: unknown): string[] | null {
  if (value === undefined || value === null) return null
  if (!Array.isArray(value) || value.some((id) => typeof id !== "string")) {
    throw invalidData("customer_group_ids in the query context must be an array of ids")
  }
  return value as string[]
}

export const variantCalculatedPrice: ComputedDef = {
  type: "json",
  inStar: false,
  expression: (v, context) => {
    const currency = context.currency_code
    if (typeof currency !== "string" || currency === "") {
      throw invalidData("variants.calculated_price needs a currency_code in the query context")
    }
    const text = (key: string) => (typeof context[key] === "string" && context[key] !== "" ? context[key] : null)
    const ctx: PriceContext = {
      variant: ident(v, "id"),
      currency,
      quantity: typeof context.quantity === "number" ? context.quantity : null,
      customerId: text("customer_id"),
      customerGroups: groupIds(context.customer_group_ids),
      rules: Object.fromEntries(
        ["region_id", "sales_channel_id"].flatMap((k) => (text(k) ? [[k, text(k) as string]] : [])),
      ),
    }
    const priceSet = sql`regexp_replace(${ident(v, "id")}, '^variant_', 'pset_')`
    const taxInclusive = taxInclusiveRule(context, currency, text("region_id"))
    const withTax = context.tax_amounts === true
    if (context.price_lists_active === false) {
      // no price list is active (the caller knows, store-price-facts.ts): the variant's own price
      const d = rowPrice("d")
      return sql`SELECT ${priceObject(priceSet, d, d, taxInclusive, withTax)}
        FROM (${basePriceCandidates(ctx)} ORDER BY rules_count DESC, amount ASC, id ASC LIMIT 1) d`
    }
    // the first of each kind in Medusa's order, from one pass over the candidates; `chosen` is
    // fenced (OFFSET 0) so c and o are computed once, not at each of their uses
    const pick = (where: Sql) =>
      sql`(array_agg(to_jsonb(x) ORDER BY x.rules_count DESC, x.amount ASC, x.id ASC) FILTER (WHERE ${where}))[1]`
    return sql`SELECT ${priceObject(priceSet, jsonPrice("c"), jsonPrice("o"), taxInclusive, withTax)}
      FROM (SELECT ${pick(sql`x.price_list_id IS NULL`)} AS d, ${pick(sql`x.price_list_id IS NOT NULL`)} AS l,
          ${pick(sql`x.price_list_type = 'override'`)} AS ov FROM (${priceCandidates(ctx)}) x) picks
      CROSS JOIN LATERAL (SELECT CASE
          WHEN l IS NULL THEN d
          WHEN l->>'price_list_type' = 'override' OR d IS NULL THEN l
          WHEN (d->>'amount')::numeric <> 0 AND (l->>'amount')::numeric <> 0
            AND (d->>'amount')::numeric < (l->>'amount')::numeric THEN d
          ELSE l END AS c, coalesce(ov, d) AS o OFFSET 0) chosen
      WHERE d IS NOT NULL OR l IS NOT NULL`
  },
}
