import { invalidData } from "../../framework/errors.js"
import type { ComputedDef } from "../../framework/model/index.js"
import { ident, raw, sql, type Sql } from "../../framework/sql/sql.js"

/**
 * `variant.calculated_price` (docs/medusa-contract.md §8.1 step 5) in Medusa 2.21.2's shape: the variant's price in
 * the context's currency, as the pricing module picks it without price lists — prices whose
 * rules all hold in the context (`region_id`), for a quantity of one (`min_quantity` ≤ 1),
 * the most specific first (most rules), then the lowest amount. `null` when none applies.
 * Tax inclusivity follows the store's preference for the currency (a cross-module read, hence
 * here). Context: `currency_code` (required), `region_id`, and `tax_amounts` (automatic taxes
 * with a country: the four `*_with_tax` / `*_without_tax` keys, equal to the amounts as no tax
 * rates exist). Medusa's id is the variant's price set; variants here own their prices, so the
 * id is derived from the variant's (`pset_<ulid of the variant>`), stable across requests.
 */
export const variantCalculatedPrice: ComputedDef = {
  type: "json",
  inStar: false,
  expression: (v, context) => {
    const currency = context.currency_code
    if (typeof currency !== "string" || currency === "") {
      throw invalidData("variants.calculated_price needs a currency_code in the query context")
    }
    const region = typeof context.region_id === "string" ? context.region_id : null
    const rulesContext = JSON.stringify(region ? { region_id: region } : {})
    const taxInclusive = sql`coalesce((SELECT sc.is_tax_inclusive FROM store_currency sc
        WHERE lower(sc.currency_code) = lower(${currency}::text) AND sc.deleted_at IS NULL
        ORDER BY sc.is_tax_inclusive DESC LIMIT 1), false)`
    const amount = sql`p.amount`
    const rawAmount = sql`json_build_object('value', p.amount::text, 'precision', 20)`
    const priceRef = sql`json_build_object('id', p.id, 'price_list_id', NULL, 'price_list_type', NULL,
        'min_quantity', nullif(p.min_quantity, 0), 'max_quantity', nullif(p.max_quantity, 0))`
    const taxKeys: Sql =
      context.tax_amounts === true
        ? sql`, 'calculated_amount_with_tax', ${amount}, 'calculated_amount_without_tax', ${amount},
          'original_amount_with_tax', ${amount}, 'original_amount_without_tax', ${amount}`
        : raw("")
    return sql`SELECT json_build_object(
        'id', regexp_replace(${ident(v, "id")}, '^variant_', 'pset_'),
        'is_calculated_price_price_list', false,
        'is_calculated_price_tax_inclusive', ${taxInclusive},
        'calculated_amount', ${amount},
        'raw_calculated_amount', ${rawAmount},
        'is_original_price_price_list', false,
        'is_original_price_tax_inclusive', ${taxInclusive},
        'original_amount', ${amount},
        'raw_original_amount', ${rawAmount},
        'currency_code', p.currency_code,
        'calculated_price', ${priceRef},
        'original_price', ${priceRef}${taxKeys})
      FROM product_variant_price p
      WHERE p.variant_id = ${ident(v, "id")} AND p.deleted_at IS NULL
        AND lower(p.currency_code) = lower(${currency}::text)
        AND (p.min_quantity IS NULL OR p.min_quantity <= 1)
        AND coalesce(p.rules, '{}'::jsonb) <@ ${rulesContext}::jsonb
      ORDER BY (SELECT count(*) FROM jsonb_object_keys(coalesce(p.rules, '{}'::jsonb))) DESC, p.amount ASC, p.id ASC
      LIMIT 1`
  },
}
