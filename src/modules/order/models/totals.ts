import { amountTotals, model } from "../../../framework/model/index.js"
import { ident, join, raw, sql, type Sql } from "../../../framework/sql/sql.js"
import { adjustmentList, discounts, lineDiscount } from "./discounts.js"

/**
 * The values Medusa computes on orders and their lines (its totals decorator), as SQL over an
 * order's own rows. salesgraph has no taxes, promotions, credit lines, fulfilments or returns,
 * so those parts are zero or empty, in Medusa's shape.
 */

export const itemsSum = (alias: string) =>
  sql`SELECT coalesce(sum(li.unit_price * li.quantity), 0) FROM order_line_item li
      WHERE li.order_id = ${ident(alias, "id")} AND li.deleted_at IS NULL`
export const shippingSum = (alias: string) =>
  sql`SELECT coalesce(sum(sm.amount), 0) FROM order_shipping_method sm
      WHERE sm.order_id = ${ident(alias, "id")} AND sm.deleted_at IS NULL`
export const zero = () => raw("0")
export const money = (expression: (alias: string) => Sql) => model.computed({ type: "number", expression })
export const lineTotal = (alias: string) => sql`${ident(alias, "unit_price")} * ${ident(alias, "quantity")}`
export const orderTotal = (alias: string) => sql`(${itemsSum(alias)}) + (${shippingSum(alias)})`
/** what the order costs after its promotions */
export const orderDue = (alias: string) => sql`(${orderTotal(alias)}) - (${discounts(alias)})`

/** `{value: "10", precision: 20}`: how Medusa shows the exact value of a number (no trailing zeros). */
const rawNumber = (value: Sql) =>
  sql`json_build_object('value', trim_scale((${value})::numeric)::text, 'precision', 20)`
const json = (expression: (alias: string) => Sql, inStar = true) => model.computed({ type: "json", expression, inStar })
const emptyList = (inStar = false) => json(() => raw("'[]'::json"), inStar)
const iso = (ref: Sql) => sql`to_char(${ref} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`

/** Medusa's order summary: everything pending, nothing paid (payments live in another module). */
export const orderSummary = (alias: string) => {
  const t = orderDue(alias)
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
  discount_subtotal: money(discounts),
  discount_tax_total: money(zero),
  // Medusa's order subtotal counts shipping too (items' subtotal + shipping's)
  original_subtotal: money(orderTotal),
  original_tax_total: money(zero),
  original_item_subtotal: money(itemsSum),
  original_item_tax_total: money(zero),
  shipping_tax_total: money(zero),
  original_shipping_tax_total: money(zero),
  original_shipping_subtotal: money(shippingSum),
  original_shipping_total: money(shippingSum),
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
  discount_subtotal: money(lineDiscount),
  discount_tax_total: money(zero),
  original_tax_total: money(zero),
  refundable_total_per_unit: money((a) => ident(a, "unit_price")),
  refundable_total: money((a) => sql`${lineTotal(a)} - (${lineDiscount(a)})`),
  fulfilled_total: money(zero),
  shipped_total: money(zero),
  return_requested_total: money(zero),
  return_received_total: money(zero),
  return_dismissed_total: money(zero),
  write_off_total: money(zero),
  /** in `items.*`, as Medusa's order lines always carry them */
  tax_lines: emptyList(true),
  adjustments: json(adjustmentList("order_line_item_adjustment", "item_id")),
}

/** The order-shipping record Medusa nests in each shipping method (`detail`). */
const shippingDetail = (a: string) =>
  sql`json_build_object('id', regexp_replace(${ident(a, "id")}, '^ordsm_', 'ordspmv_'),
    'version', (SELECT o.version FROM "order" o WHERE o.id = ${ident(a, "order_id")}),
    'order_id', ${ident(a, "order_id")}, 'return_id', NULL, 'exchange_id', NULL, 'claim_id', NULL,
    'created_at', ${iso(ident(a, "created_at"))}, 'updated_at', ${iso(ident(a, "updated_at"))},
    'deleted_at', ${iso(ident(a, "deleted_at"))}, 'shipping_method_id', ${ident(a, "id")})`

/** Shipping lines have no taxes or adjustments here: their totals are their amount. */
export const moreShippingMethodValues = {
  tax_lines: emptyList(),
  adjustments: json(adjustmentList("order_shipping_method_adjustment", "shipping_method_id"), false),
  detail: json(shippingDetail),
  is_custom_amount: model.computed({ type: "boolean", expression: () => raw("false") }),
  ...amountTotals(),
}
