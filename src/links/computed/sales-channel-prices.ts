import type { ComputedDef } from "../../framework/model/index.js"
import { ident, sql, type Sql } from "../../framework/sql/sql.js"

/** `rules` names the channel: `sales_channel_id` is its id or a list holding it. */
const namesChannel = (rules: Sql, channel: Sql) =>
  sql`(${rules} -> 'sales_channel_id' = to_jsonb(${channel}) OR ${rules} -> 'sales_channel_id' @> jsonb_build_array(${channel}))`

/**
 * Beyond Medusa (docs/pricing.md): `sales_channel.prices`, the prices limited to the channel — variant
 * prices whose rules name it, and price list prices whose own rules or whose list's rules name
 * it — with their variant, currency, amount, quantity range, rules and price list. Asked for
 * with `fields=+prices` on the admin sales channel routes.
 */
export const salesChannelPrices: ComputedDef = {
  type: "json",
  inStar: false,
  expression: (sc) => {
    const channel = ident(sc, "id")
    return sql`SELECT coalesce(json_agg(x ORDER BY x.variant_id, x.currency_code, x.price_list_id NULLS FIRST, x.id), '[]')
      FROM (SELECT p.id, p.variant_id, p.currency_code, p.amount, p.min_quantity, p.max_quantity, p.rules,
            NULL::text AS price_list_id
          FROM product_variant_price p
          WHERE p.deleted_at IS NULL AND ${namesChannel(sql`p.rules`, channel)}
        UNION ALL
        SELECT lp.id, lp.variant_id, lp.currency_code, lp.amount, lp.min_quantity, lp.max_quantity, lp.rules,
            lp.price_list_id
          FROM price_list_price lp JOIN price_list pl ON pl.id = lp.price_list_id AND pl.deleted_at IS NULL
          WHERE lp.deleted_at IS NULL
            AND (${namesChannel(sql`lp.rules`, channel)} OR ${namesChannel(sql`pl.rules`, channel)})) x`
  },
}
