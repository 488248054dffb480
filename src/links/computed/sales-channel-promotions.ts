import type { ComputedDef } from "../../framework/model/index.js"
import { ident, sql } from "../../framework/sql/sql.js"

/**
 * Beyond Medusa: `sales_channel.promotions`, the live promotions limited to the channel — those
 * with a rule `sales_channel_id` `in` / `eq` naming it — as `{id, code, status, is_automatic}`,
 * by code. It reads the promotion module's rules for a sales-channel record, so it lives here.
 */
export const salesChannelPromotions: ComputedDef = {
  type: "json",
  inStar: false,
  expression: (sc) => sql`SELECT coalesce(json_agg(json_build_object('id', p.id, 'code', p.code,
      'status', p.status, 'is_automatic', p.is_automatic) ORDER BY p.code), '[]'::json)
    FROM promotion p
    WHERE p.deleted_at IS NULL AND EXISTS (
      SELECT 1 FROM promotion_rule r JOIN promotion_rule_value v ON v.promotion_rule_id = r.id
      WHERE r.promotion_id = p.id AND r.deleted_at IS NULL AND v.deleted_at IS NULL
        AND r.attribute = 'sales_channel_id' AND r.operator IN ('in', 'eq') AND v.value = ${ident(sc, "id")})`,
}
