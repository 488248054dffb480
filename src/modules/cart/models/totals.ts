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

/** The seven totals of the items' or the shipping methods' part (`item_total` … `original_item_tax_total`). */
const partTotals = (part: string, sum: typeof items) => ({
  [`${part}_total`]: money(sum(TOTAL)),
  [`${part}_subtotal`]: money(sum("v.subtotal")),
  [`${part}_tax_total`]: money(sum("v.tax")),
  [`${part}_discount_total`]: money(sum(DISCOUNT_TOTAL)),
  [`original_${part}_total`]: money(sum(ORIGINAL_TOTAL)),
  [`original_${part}_subtotal`]: money(sum("v.subtotal")),
  [`original_${part}_tax_total`]: money(sum("v.otax")),
})

/** The cart's totals: items', shipping's, and the cart's (subtotal + tax − discount subtotal − credit). */
export const cartTotals = {
  ...partTotals("item", items),
  subtotal: money(both("v.subtotal")),
  original_subtotal: money(both("v.subtotal")),
  total: money((a) => sql`${both("v.subtotal + v.tax - v.disc")(a)} - ${creditSum(a)}`),
  original_total: money(both(ORIGINAL_TOTAL)),
  tax_total: money(both("v.tax")),
  original_tax_total: money(both("v.otax")),
  discount_total: money(both(DISCOUNT_TOTAL)),
  discount_subtotal: money(both("v.disc")),
  discount_tax_total: money(both("v.otax - v.tax")),
  ...partTotals("shipping", shipping),
  credit_line_total: money(creditSum),
  credit_line_subtotal: money(creditSum),
}
