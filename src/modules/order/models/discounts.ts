import { ident, raw, sql } from "../../../framework/sql/sql.js"

/** Promotion adjustments in an order's totals (minimal: the tax branch owns the full formula). */
export const lineDiscount = (alias: string) =>
  sql`SELECT coalesce(sum(a.amount), 0) FROM order_line_item_adjustment a
      WHERE a.item_id = ${ident(alias, "id")} AND a.deleted_at IS NULL`
export const itemDiscounts = (alias: string) =>
  sql`SELECT coalesce(sum(a.amount), 0) FROM order_line_item_adjustment a JOIN order_line_item li ON li.id = a.item_id
      WHERE li.order_id = ${ident(alias, "id")} AND li.deleted_at IS NULL AND a.deleted_at IS NULL`
export const shippingDiscounts = (alias: string) =>
  sql`SELECT coalesce(sum(a.amount), 0) FROM order_shipping_method_adjustment a
      JOIN order_shipping_method sm ON sm.id = a.shipping_method_id
      WHERE sm.order_id = ${ident(alias, "id")} AND sm.deleted_at IS NULL AND a.deleted_at IS NULL`
export const discounts = (alias: string) => sql`(${itemDiscounts(alias)}) + (${shippingDiscounts(alias)})`

/** A line's or method's adjustments as Medusa lists them. */
export const adjustmentList = (table: string, key: string) => (alias: string) =>
  sql`SELECT coalesce(json_agg(json_build_object('id', a.id, 'code', a.code, 'amount', a.amount,
        'description', a.description, 'promotion_id', a.promotion_id, 'provider_id', a.provider_id,
        'is_tax_inclusive', a.is_tax_inclusive, ${raw(`'${key}'`)}, ${ident("a", key)}, 'metadata', a.metadata,
        'created_at', a.created_at, 'updated_at', a.updated_at, 'deleted_at', a.deleted_at) ORDER BY a.id), '[]'::json)
      FROM ${ident(table)} a WHERE ${ident("a", key)} = ${ident(alias, "id")} AND a.deleted_at IS NULL`
