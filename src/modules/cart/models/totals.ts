import {
  DISCOUNT_TOTAL,
  money,
  ORIGINAL_TOTAL,
  parentSums,
  TOTAL,
  type LineTables,
} from "../../../framework/model/line-totals.js"
import { ident, sql } from "../../../framework/sql/sql.js"

/**
 * A cart's totals and its lines', computed in SQL when asked, never stored (docs/medusa-contract.md
 * §1.6), as Medusa's decorateCartTotals computes them from the lines' tax lines and promotion
 * adjustments (docs/taxes.md).
 */
export const ITEM_LINES: LineTables = {
  taxLines: { table: "cart_line_item_tax_line", fk: "item_id" },
  adjustments: { table: "cart_line_item_adjustment", fk: "item_id" },
  amount: (a) => sql`${ident(a, "unit_price")} * ${ident(a, "quantity")}`,
  perUnit: true,
}
export const SHIPPING_LINES: LineTables = {
  taxLines: { table: "cart_shipping_method_tax_line", fk: "shipping_method_id" },
  adjustments: { table: "cart_shipping_method_adjustment", fk: "shipping_method_id" },
  amount: (a) => ident(a, "amount"),
  perUnit: false,
}

const { items, shipping, both } = parentSums(
  { table: "cart_line_item", fk: "cart_id", lines: ITEM_LINES },
  { table: "cart_shipping_method", fk: "cart_id", lines: SHIPPING_LINES },
)
export const creditSum = (alias: string) =>
  sql`(SELECT coalesce(sum(cl.amount), 0) FROM cart_credit_line cl
      WHERE cl.cart_id = ${ident(alias, "id")} AND cl.deleted_at IS NULL)`

/** The cart's totals: items', shipping's, and the cart's (subtotal + tax − discount subtotal − credit). */
export const cartTotals = {
  item_total: money(items(TOTAL)),
  item_subtotal: money(items("v.subtotal")),
  item_tax_total: money(items("v.tax")),
  item_discount_total: money(items(DISCOUNT_TOTAL)),
  original_item_total: money(items(ORIGINAL_TOTAL)),
  original_item_subtotal: money(items("v.subtotal")),
  original_item_tax_total: money(items("v.otax")),
  subtotal: money(both("v.subtotal")),
  original_subtotal: money(both("v.subtotal")),
  total: money((a) => sql`${both("v.subtotal + v.tax - v.disc")(a)} - ${creditSum(a)}`),
  original_total: money(both(ORIGINAL_TOTAL)),
  tax_total: money(both("v.tax")),
  original_tax_total: money(both("v.otax")),
  discount_total: money(both(DISCOUNT_TOTAL)),
  discount_subtotal: money(both("v.disc")),
  discount_tax_total: money(both("v.otax - v.tax")),
  shipping_total: money(shipping(TOTAL)),
  shipping_subtotal: money(shipping("v.subtotal")),
  shipping_tax_total: money(shipping("v.tax")),
  shipping_discount_total: money(shipping(DISCOUNT_TOTAL)),
  original_shipping_total: money(shipping(ORIGINAL_TOTAL)),
  original_shipping_subtotal: money(shipping("v.subtotal")),
  original_shipping_tax_total: money(shipping("v.otax")),
  credit_line_total: money(creditSum),
  credit_line_subtotal: money(creditSum),
}
