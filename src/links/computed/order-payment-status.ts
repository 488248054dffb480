import type { ComputedDef } from "../../framework/model/index.js"
import { ident, sql } from "../../framework/sql/sql.js"

/**
 * `order.payment_status` as Medusa aggregates it (getLastPaymentStatus) over the payment
 * collections linked to the order: requires_action › (partially_)refunded › (partially_)captured
 * › (partially_)authorized › canceled › awaiting › not_paid. A collection counts as captured
 * (1, or 0.5 when partly) once anything is captured or its amount is 0; refunds likewise.
 * It reads the order–payment-collection link and the payment module, so it lives here.
 */
export const orderPaymentStatus: ComputedDef = {
  type: "text",
  inStar: false,
  expression: (o) => sql`SELECT CASE
      WHEN count(*) FILTER (WHERE s.status = 'requires_action') > 0 THEN 'requires_action'
      WHEN sum(s.refunded) > 0 THEN CASE WHEN sum(s.refunded) = sum(s.captured) THEN 'refunded' ELSE 'partially_refunded' END
      WHEN sum(s.captured) > 0 THEN
        CASE WHEN sum(s.captured) = count(*) FILTER (WHERE s.status <> 'canceled') THEN 'captured' ELSE 'partially_captured' END
      WHEN count(*) FILTER (WHERE s.status = 'authorized') > 0 THEN
        CASE WHEN count(*) FILTER (WHERE s.status = 'authorized') = count(*) FILTER (WHERE s.status <> 'canceled')
          THEN 'authorized' ELSE 'partially_authorized' END
      WHEN count(*) > 0 AND count(*) FILTER (WHERE s.status = 'canceled') = count(*) THEN 'canceled'
      WHEN count(*) FILTER (WHERE s.status = 'awaiting') > 0 THEN 'awaiting'
      ELSE 'not_paid' END
    FROM (
      SELECT pc.status,
        CASE WHEN coalesce(pc.captured_amount, 0) > 0 OR pc.amount = 0
          THEN CASE WHEN pc.amount - coalesce(pc.captured_amount, 0) <= 0.01 THEN 1 ELSE 0.5 END ELSE 0 END AS captured,
        CASE WHEN coalesce(pc.refunded_amount, 0) > 0
          THEN CASE WHEN pc.amount - pc.refunded_amount <= 0.01 THEN 1 ELSE 0.5 END ELSE 0 END AS refunded
      FROM order_payment_collection opc
      JOIN payment_collection pc ON pc.id = opc.payment_collection_id AND pc.deleted_at IS NULL
      WHERE opc.order_id = ${ident(o, "id")} AND opc.deleted_at IS NULL
    ) s`,
}
