import { amountTotals, model } from "../../../framework/model/index.js"
import {
  DISCOUNT_TOTAL,
  lineTotals,
  lineValue,
  money,
  ORIGINAL_TOTAL,
  parentSums,
  REFUNDABLE_PER_UNIT,
  REFUNDABLE_TOTAL,
  TOTAL,
  type LineTables,
} from "../../../framework/model/line-totals.js"
import { ident, join, raw, sql, type Sql } from "../../../framework/sql/sql.js"

/**
 * The values Medusa computes on orders and their lines (its totals decorator), as SQL over an
 * order's own rows: lines, shipping methods, their tax lines and adjustments. salesgraph has no
 * credit lines, fulfilments or returns on orders, so those parts are zero or empty, in Medusa's shape.
 */

export const ORDER_ITEM_LINES: LineTables = {
  taxLines: { table: "order_line_item_tax_line", fk: "item_id" },
  adjustments: { table: "order_line_item_adjustment", fk: "item_id" },
  amount: (a) => sql`${ident(a, "unit_price")} * ${ident(a, "quantity")}`,
  perUnit: true,
}
export const ORDER_SHIPPING_LINES: LineTables = {
  taxLines: { table: "order_shipping_method_tax_line", fk: "shipping_method_id" },
  adjustments: { table: "order_shipping_method_adjustment", fk: "shipping_method_id" },
  amount: (a) => ident(a, "amount"),
  perUnit: false,
}
export const sums = parentSums(
  { table: "order_line_item", fk: "order_id", lines: ORDER_ITEM_LINES },
  { table: "order_shipping_method", fk: "order_id", lines: ORDER_SHIPPING_LINES },
)
export const zero = () => raw("0")
export { money }
/** the order's total, exact: subtotal + taxes − discounts */
export const orderTotal = sums.both(TOTAL)

/** `{value: "10", precision: 20}`: how Medusa shows the exact value of a number (no trailing zeros). */
const rawNumber = (value: Sql) =>
  sql`json_build_object('value', trim_scale((${value})::numeric)::text, 'precision', 20)`
const json = (expression: (alias: string) => Sql, inStar = true) => model.computed({ type: "json", expression, inStar })
const emptyList = (inStar = false) => json(() => raw("'[]'::json"), inStar)
const iso = (ref: Sql) => sql`to_char(${ref} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`

/** Medusa's order summary: everything pending, nothing paid (payments live in another module). */
export const orderSummary = (alias: string) => {
  const t = orderTotal(alias)
  const pairs: [string, Sql][] = [
    ["paid_total", raw("0")],
    ["refunded_total", raw("0")],
    ["accounting_total", t],
    ["credit_line_total", raw("0")],
    ["transaction_total", raw("0")],
    ["pending_difference", t],
    ["current_order_total", t],
    ["original_order_total", t],
  ]
  const args = pairs.flatMap(([name, value]) => [
    sql`${raw(`'${name}'`)}, (${value})`,
    sql`${raw(`'raw_${name}'`)}, ${rawNumber(value)}`,
  ])
  return sql`json_build_object(${join(args)})`
}

/** Order totals Medusa adds beyond the ones declared with the order. */
export const moreOrderTotals = {
  discount_subtotal: money(sums.both("v.disc")),
  discount_tax_total: money(sums.both("v.otax - v.tax")),
  original_subtotal: money(sums.both("v.subtotal")),
  original_tax_total: money(sums.both("v.otax")),
  original_item_subtotal: money(sums.items("v.subtotal")),
  original_item_tax_total: money(sums.items("v.otax")),
  item_discount_total: money(sums.items(DISCOUNT_TOTAL)),
  shipping_discount_total: money(sums.shipping(DISCOUNT_TOTAL)),
  shipping_tax_total: money(sums.shipping("v.tax")),
  original_shipping_tax_total: money(sums.shipping("v.otax")),
  original_shipping_subtotal: money(sums.shipping("v.subtotal")),
  original_shipping_total: money(sums.shipping(ORIGINAL_TOTAL)),
  credit_line_total: money(zero),
  credit_line_subtotal: money(zero),
  credit_line_tax_total: money(zero),
  /** nothing is ever fulfilled here */
  fulfillment_status: model.computed({ type: "text", expression: () => raw("'not_fulfilled'"), inStar: false }),
  credit_lines: emptyList(),
  fulfillments: emptyList(),
}

/** The order-item record Medusa nests in each line (`detail`): quantities, none fulfilled. */
const itemDetail = (a: string) => {
  const q = ident(a, "quantity")
  const counters = [
    "fulfilled",
    "delivered",
    "shipped",
    "return_requested",
    "return_received",
    "return_dismissed",
    "written_off",
  ]
  const args: Sql[] = [
    sql`'version', (SELECT o.version FROM "order" o WHERE o.id = ${ident(a, "order_id")})`,
    sql`'metadata', '{}'::json`,
    sql`'order_id', ${ident(a, "order_id")}`,
    sql`'item_id', ${ident(a, "id")}`,
    sql`'quantity', ${q}`,
    sql`'raw_quantity', ${rawNumber(q)}`,
    sql`'unit_price', NULL::numeric`,
    sql`'compare_at_unit_price', NULL::numeric`,
    sql`'raw_unit_price', NULL::json`,
    sql`'raw_compare_at_unit_price', NULL::json`,
    sql`'created_at', ${iso(ident(a, "created_at"))}`,
    sql`'updated_at', ${iso(ident(a, "updated_at"))}`,
    sql`'deleted_at', ${iso(ident(a, "deleted_at"))}`,
    ...counters.flatMap((c) => [
      sql`${raw(`'${c}_quantity'`)}, 0`,
      sql`${raw(`'raw_${c}_quantity'`)}, ${rawNumber(raw("0"))}`,
    ]),
  ]
  return sql`json_build_object(${join(args)})`
}

/** Line values Medusa adds beyond the ones declared with the line. */
export const moreLineItemValues = {
  raw_unit_price: json((a) => rawNumber(ident(a, "unit_price"))),
  raw_compare_at_unit_price: json(
    (a) =>
      sql`CASE WHEN ${ident(a, "compare_at_unit_price")} IS NULL THEN NULL ELSE ${rawNumber(ident(a, "compare_at_unit_price"))} END`,
  ),
  raw_quantity: json((a) => rawNumber(ident(a, "quantity"))),
  line_item_metadata: json((a) => sql`coalesce(${ident(a, "metadata")}, '{}'::jsonb)`),
  detail: json(itemDetail),
  ...lineTotals(ORDER_ITEM_LINES, {
    discount_subtotal: "discount_subtotal",
    discount_tax_total: "discount_tax_total",
    original_tax_total: "original_tax_total",
  }),
  refundable_total_per_unit: money(lineValue(ORDER_ITEM_LINES, REFUNDABLE_PER_UNIT)),
  refundable_total: money(lineValue(ORDER_ITEM_LINES, REFUNDABLE_TOTAL)),
  fulfilled_total: money(zero),
  shipped_total: money(zero),
  return_requested_total: money(zero),
  return_received_total: money(zero),
  return_dismissed_total: money(zero),
  write_off_total: money(zero),
}

/** The order-shipping record Medusa nests in each shipping method (`detail`). */
const shippingDetail = (a: string) =>
  sql`json_build_object('id', regexp_replace(${ident(a, "id")}, '^ordsm_', 'ordspmv_'),
    'version', (SELECT o.version FROM "order" o WHERE o.id = ${ident(a, "order_id")}),
    'order_id', ${ident(a, "order_id")}, 'return_id', NULL, 'exchange_id', NULL, 'claim_id', NULL,
    'created_at', ${iso(ident(a, "created_at"))}, 'updated_at', ${iso(ident(a, "updated_at"))},
    'deleted_at', ${iso(ident(a, "deleted_at"))}, 'shipping_method_id', ${ident(a, "id")})`

/** A shipping method's totals come from its tax lines and adjustments. */
export const moreShippingMethodValues = {
  detail: json(shippingDetail),
  is_custom_amount: model.computed({ type: "boolean", expression: () => raw("false") }),
  ...amountTotals(ORDER_SHIPPING_LINES),
}
