import { raw, sql, type Sql } from "../../framework/sql/sql.js"

export interface PriceContext {
  /** SQL of the variant's id */
  variant: Sql
  currency: string
  /** null: a quantity of one, judged by the minimum only (Medusa without a quantity) */
  quantity: number | null
  /** the customer whose groups price lists' `customer.groups.id` rules look for (carts) */
  customerId: string | null
  /** or the groups themselves (store reads: the signed-in customer's, resolved by the request) */
  customerGroups: readonly string[] | null
  /** the context's values of rule attributes: `region_id`, `sales_channel_id` */
  rules: Record<string, string>
}

/** A price's rules hold when each names the context's value (or, an array, includes it). */
const rulesHold = (rules: Sql, ctx: Sql) => sql`(${rules} = '{}'::jsonb OR NOT EXISTS (
    SELECT 1 FROM jsonb_each(${rules}) r
    WHERE NOT coalesce(r.value = ${ctx} -> r.key OR r.value @> jsonb_build_array(${ctx} -> r.key), false)))`

/** One of the customer's groups is in `value` (a jsonb array of group ids). */
const inCustomerGroups = (value: Sql, c: PriceContext) =>
  c.customerGroups
    ? sql`EXISTS (SELECT 1 FROM unnest(${[...c.customerGroups]}::text[]) g(id) WHERE ${value} @> to_jsonb(g.id))`
    : sql`EXISTS (SELECT 1 FROM customer_group_customer g
        WHERE g.customer_id = ${c.customerId}::text AND ${value} @> to_jsonb(g.customer_group_id))`

/** A price list's rules (`{ attribute: [values] }`) hold when each includes the context's value or one of the customer's groups. */
const listRulesHold = (rules: Sql, ctx: Sql, c: PriceContext) => sql`(${rules} = '{}'::jsonb OR NOT EXISTS (
    SELECT 1 FROM jsonb_each(${rules}) r
    WHERE jsonb_array_length(r.value) > 0 AND NOT coalesce(CASE WHEN r.key = 'customer.groups.id'
      THEN ${inCustomerGroups(sql`r.value`, c)}
      ELSE r.value @> jsonb_build_array(${ctx} -> r.key) END, false)))`

const quantityHolds = (alias: string, quantity: number | null) =>
  quantity === null
    ? sql`(${raw(alias)}.min_quantity IS NULL OR ${raw(alias)}.min_quantity <= 1)`
    : sql`(${raw(alias)}.min_quantity IS NULL OR ${raw(alias)}.min_quantity <= ${quantity}::numeric)
        AND (${raw(alias)}.max_quantity IS NULL OR ${raw(alias)}.max_quantity >= ${quantity}::numeric)`

/**
 * The prices that apply to the variant in the context, as rows: the variant's own (no price list)
 * and those of active price lists within their dates. `rules_count` counts the price's rules and
 * its list's, as Medusa orders them; `region_rule` is the price's `region_id` rule (tax preferences).
 */
export function priceCandidates(c: PriceContext): Sql {
  const ctx = sql`${JSON.stringify(c.rules)}::jsonb`
  return sql`${basePriceCandidates(c)}
    UNION ALL
    SELECT lp.id, lp.amount, lp.currency_code, lp.min_quantity, lp.max_quantity, pl.id, pl.type,
        ${ruleCount(sql`lp.rules`)} + pl.rules_count, lp.rules ->> 'region_id'
      FROM price_list_price lp JOIN price_list pl ON pl.id = lp.price_list_id
      WHERE lp.variant_id = ${c.variant} AND lp.deleted_at IS NULL AND pl.deleted_at IS NULL
        AND pl.status = 'active' AND (pl.starts_at IS NULL OR pl.starts_at <= now())
        AND (pl.ends_at IS NULL OR pl.ends_at >= now())
        AND lower(lp.currency_code) = lower(${c.currency}::text) AND ${quantityHolds("lp", c.quantity)}
        AND ${rulesHold(sql`lp.rules`, ctx)} AND ${listRulesHold(sql`pl.rules`, ctx, c)}`
}

const ruleCount = (rules: Sql) => sql`(SELECT count(*)::int FROM jsonb_object_keys(${rules}))`

/** The variant's own prices (no price list) that apply in the context, in the candidates' columns. */
export function basePriceCandidates(c: PriceContext): Sql {
  const ctx = sql`${JSON.stringify(c.rules)}::jsonb`
  return sql`SELECT p.id, p.amount, p.currency_code, p.min_quantity, p.max_quantity,
        NULL::text AS price_list_id, NULL::text AS price_list_type,
        ${ruleCount(sql`p.rules`)} AS rules_count, p.rules ->> 'region_id' AS region_rule
      FROM product_variant_price p
      WHERE p.variant_id = ${c.variant} AND p.deleted_at IS NULL
        AND lower(p.currency_code) = lower(${c.currency}::text) AND ${quantityHolds("p", c.quantity)}
        AND ${rulesHold(sql`coalesce(p.rules, '{}'::jsonb)`, ctx)}`
}
