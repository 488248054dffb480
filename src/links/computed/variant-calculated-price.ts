import { invalidData } from "../../framework/errors.js"
import type { ComputedDef } from "../../framework/model/index.js"
import { ident, raw, sql, type Sql } from "../../framework/sql/sql.js"
import { priceCandidates, type PriceContext } from "./price-candidates.js"

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
 * reads by a signed-in customer), `sales_channel_id`, and `tax_amounts`
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
    // Medusa's isTaxInclusive: a region preference when the price has that region's rule, else the
    // currency's preference; salesgraph falls back to the store currency's flag (docs/pricing.md)
    const preference = (attribute: string, match: Sql) => sql`(SELECT pp.is_tax_inclusive FROM price_preference pp
        WHERE pp.deleted_at IS NULL AND pp.attribute = ${attribute}::text AND ${match} LIMIT 1)`
    const taxInclusive = (price: string) => sql`CASE WHEN ${raw(price)} IS NULL THEN false ELSE coalesce(
        ${preference("region_id", sql`pp.value = ${raw(price)}->>'region_rule'`)},
        ${preference("currency_code", sql`lower(pp.value) = lower(${currency}::text)`)},
        (SELECT sc.is_tax_inclusive FROM store_currency sc
          WHERE lower(sc.currency_code) = lower(${currency}::text) AND sc.deleted_at IS NULL
          ORDER BY sc.is_tax_inclusive DESC LIMIT 1), false) END`
    const amount = (price: string) => sql`(${raw(price)}->'amount')`
    const rawAmount = (price: string) => sql`json_build_object('value', ${raw(price)}->>'amount', 'precision', 20)`
    const ref = (price: string) => sql`json_build_object('id', ${raw(price)}->>'id',
        'price_list_id', ${raw(price)}->>'price_list_id', 'price_list_type', ${raw(price)}->>'price_list_type',
        'min_quantity', nullif((${raw(price)}->>'min_quantity')::numeric, 0),
        'max_quantity', nullif((${raw(price)}->>'max_quantity')::numeric, 0))`
    const taxKeys: Sql =
      context.tax_amounts === true
        ? sql`, 'calculated_amount_with_tax', ${amount("c")}, 'calculated_amount_without_tax', ${amount("c")},
          'original_amount_with_tax', ${amount("o")}, 'original_amount_without_tax', ${amount("o")}`
        : raw("")
    // the first of each kind in Medusa's order, from one pass over the candidates
    const pick = (where: Sql) =>
      sql`(array_agg(to_json(x) ORDER BY x.rules_count DESC, x.amount ASC, x.id ASC) FILTER (WHERE ${where}))[1]`
    return sql`SELECT json_build_object(
        'id', regexp_replace(${ident(v, "id")}, '^variant_', 'pset_'),
        'is_calculated_price_price_list', c->>'price_list_id' IS NOT NULL,
        'is_calculated_price_tax_inclusive', ${taxInclusive("c")},
        'calculated_amount', ${amount("c")},
        'raw_calculated_amount', ${rawAmount("c")},
        'is_original_price_price_list', o->>'price_list_id' IS NOT NULL,
        'is_original_price_tax_inclusive', ${taxInclusive("o")},
        'original_amount', ${amount("o")},
        'raw_original_amount', ${rawAmount("o")},
        'currency_code', c->>'currency_code',
        'calculated_price', ${ref("c")},
        'original_price', ${ref("o")}${taxKeys})
      FROM (SELECT ${pick(sql`x.price_list_id IS NULL`)} AS d, ${pick(sql`x.price_list_id IS NOT NULL`)} AS l,
          ${pick(sql`x.price_list_type = 'override'`)} AS ov FROM (${priceCandidates(ctx)}) x) picks
      CROSS JOIN LATERAL (SELECT CASE
          WHEN l IS NULL THEN d
          WHEN l->>'price_list_type' = 'override' OR d IS NULL THEN l
          WHEN (d->>'amount')::numeric <> 0 AND (l->>'amount')::numeric <> 0
            AND (d->>'amount')::numeric < (l->>'amount')::numeric THEN d
          ELSE l END AS c, coalesce(ov, d) AS o) chosen
      WHERE d IS NOT NULL OR l IS NOT NULL`
  },
}
