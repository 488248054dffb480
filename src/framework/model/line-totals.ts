import { ident, raw, sql, type Sql } from "../sql/sql.js"
import { model } from "./define.js"

/**
 * Medusa's totals of a line (utils/totals: getLineItemTotals, getShippingMethodTotals) in SQL,
 * with bignumber.js's arithmetic: sums and products exact, a quotient rounded half-up to 20
 * decimal places. Taxes are computed on the discounted net amount; a tax-inclusive price's
 * subtotal is the price divided by 1 + the sum of its rates.
 */
export interface LineTables {
  /** the tax line table and its column naming the line */
  taxLines: { table: string; fk: string }
  adjustments: { table: string; fk: string }
  /** the line's amount: `unit_price × quantity` (items) or `amount` (shipping methods) */
  amount: (alias: string) => Sql
  /** items spread their discount per unit (Medusa divides by the quantity, then multiplies back) */
  perUnit: boolean
}

/** bignumber.js's `a.dividedBy(b)`: 20 decimal places, half-up. */
export const bnDiv = (a: Sql, b: Sql) => sql`round(((${a})::numeric(1000,40)) / (${b}), 20)`

/**
 * A FROM clause of one row `v` holding a line's parts: price, qty, inclusive, r (sum of rates / 100),
 * subtotal, full (adjustments' subtotal), disc (discount subtotal, per unit for items), tax and
 * otax (tax before discounts).
 */
export function lineParts(alias: string, t: LineTables): Sql {
  const id = ident(alias, "id")
  const tl = raw(`"${t.taxLines.table}"`)
  const adj = raw(`"${t.adjustments.table}"`)
  const discount = t.perUnit
    ? sql`CASE WHEN b.qty = 0 THEN 0 ELSE ${bnDiv(raw("d.full"), raw("b.qty"))} * b.qty END`
    : raw("d.full")
  return sql`(SELECT b.price, b.qty, b.inclusive, b.r, s.subtotal, d.full, e.disc,
      (s.subtotal - e.disc) * b.r AS tax, s.subtotal * b.r AS otax
    FROM (SELECT (${t.amount(alias)})::numeric AS price, ${t.perUnit ? ident(alias, "quantity") : raw("1")} AS qty,
            ${ident(alias, "is_tax_inclusive")} AS inclusive,
            coalesce((SELECT sum(tl.rate) FROM ${tl} tl WHERE tl.${raw(`"${t.taxLines.fk}"`)} = ${id}
              AND tl.deleted_at IS NULL), 0) / 100 AS r) b
    CROSS JOIN LATERAL (SELECT CASE WHEN b.inclusive THEN ${bnDiv(raw("b.price"), raw("1 + b.r"))} ELSE b.price END
      AS subtotal) s
    CROSS JOIN LATERAL (SELECT coalesce(sum(CASE WHEN a.is_tax_inclusive THEN ${bnDiv(raw("a.amount"), raw("1 + b.r"))}
        ELSE a.amount END), 0) AS full
      FROM ${adj} a WHERE a.${raw(`"${t.adjustments.fk}"`)} = ${id} AND a.deleted_at IS NULL) d
    CROSS JOIN LATERAL (SELECT ${discount} AS disc) e) v`
}

/** Each total of a line, in terms of the row `v` of lineParts. */
export const LINE_TOTALS = {
  subtotal: "v.subtotal",
  total: "v.subtotal - v.disc + v.tax",
  original_total: "CASE WHEN v.inclusive THEN v.price ELSE v.subtotal + v.otax END",
  original_subtotal: "CASE WHEN v.inclusive THEN v.price ELSE v.subtotal + v.otax END - v.otax",
  discount_subtotal: "v.disc",
  discount_tax_total: "v.otax - v.tax",
  discount_total: "v.disc + v.otax - v.tax",
  tax_total: "v.tax",
  original_tax_total: "v.otax",
} as const

export type LineTotal = keyof typeof LINE_TOTALS

/** A value of the line `alias` computed from its parts (`v`), exact (numeric). */
export const lineValue = (t: LineTables, expression: Sql) => (alias: string) =>
  sql`(SELECT ${expression} FROM ${lineParts(alias, t)})`

/** One total of the line `alias`, exact (numeric). */
export const lineTotal = (t: LineTables, name: LineTotal) => lineValue(t, raw(LINE_TOTALS[name]))

/**
 * What is left to refund of a line with no returns (Medusa's setRefundableTotal): the price less
 * the discount (with its tax when the price includes tax), per unit and rounded, plus tax.
 */
const discountPerUnit = bnDiv(raw("CASE WHEN v.inclusive THEN v.full * (1 + v.r) ELSE v.full END"), raw("v.qty"))
const refundableSubtotal = sql`(v.price - v.qty * ${discountPerUnit})`
export const REFUNDABLE_TOTAL = sql`${refundableSubtotal} + CASE WHEN v.inclusive THEN 0 ELSE ${refundableSubtotal} * v.r END`
export const REFUNDABLE_PER_UNIT = sql`CASE WHEN v.qty = 0 THEN 0 ELSE ${bnDiv(REFUNDABLE_TOTAL, raw("v.qty"))} END`

/**
 * The sum of one total over the lines of a parent row: `table` rows whose `fk` is the parent's id
 * (`expression` in terms of `v`, a LINE_TOTALS entry or a sum of them).
 */
export const sumOfLines = (table: string, fk: string, t: LineTables, expression: string) => (alias: string) =>
  sql`(SELECT coalesce(sum(${raw(expression)}), 0) FROM ${raw(`"${table}"`)} l CROSS JOIN LATERAL ${lineParts("l", t)}
    WHERE l.${raw(`"${fk}"`)} = ${ident(alias, "id")} AND l.deleted_at IS NULL)`

/** How Medusa's JSON shows an exact value: a JS number, and 0 within its epsilon (0.0001). */
export const asNumber = (exact: Sql) =>
  sql`(SELECT CASE WHEN abs(x.n) <= 0.0001 THEN 0 ELSE x.n::float8 END FROM (SELECT (${exact})::numeric AS n) x)`

/** Medusa's `raw_` value: 20 significant digits (toPrecision(20)), trailing zeros trimmed. */
export const rawValue = (exact: Sql) =>
  sql`(SELECT json_build_object('value', CASE WHEN x.n = 0 THEN '0'
      ELSE trim_scale(round(x.n, 19 - floor(log(abs(x.n)))::int))::text END, 'precision', 20)
    FROM (SELECT (${exact})::numeric AS n) x)`

/** Sums over a parent's item lines, shipping lines, or both (a cart, an order). */
export function parentSums(
  items: { table: string; fk: string; lines: LineTables },
  shipping: { table: string; fk: string; lines: LineTables },
) {
  const ofItems = (expression: string) => sumOfLines(items.table, items.fk, items.lines, expression)
  const ofShipping = (expression: string) => sumOfLines(shipping.table, shipping.fk, shipping.lines, expression)
  return {
    items: ofItems,
    shipping: ofShipping,
    both: (expression: string) => (a: string) => sql`${ofItems(expression)(a)} + ${ofShipping(expression)(a)}`,
  }
}

/** Medusa's sums of a cart or an order: names → expressions over the lines' `v` rows. */
export const TOTAL = "v.subtotal - v.disc + v.tax"
export const ORIGINAL_TOTAL = LINE_TOTALS.original_total
export const DISCOUNT_TOTAL = LINE_TOTALS.discount_total

/** A computed total as Medusa's JSON shows it. */
export const money = (exact: (alias: string) => Sql) =>
  model.computed({ type: "number", expression: (a) => asNumber(exact(a)) })

/** A line's totals, by Medusa's names (`item_total` and the like on cart items are its totals again). */
export function lineTotals(t: LineTables, names: Record<string, LineTotal>) {
  return Object.fromEntries(Object.entries(names).map(([field, total]) => [field, money(lineTotal(t, total))]))
}

/** A value over the parts (`v`) of the line `fk` names, from a tax line's or adjustment's row `alias`. */
const ofParent =
  (parent: { table: string; lines: LineTables }, fk: string, expression: (alias: string) => Sql) => (alias: string) =>
    sql`(SELECT ${expression(alias)} FROM ${raw(`"${parent.table}"`)} l CROSS JOIN LATERAL ${lineParts("l", parent.lines)}
      WHERE l.id = ${ident(alias, fk)})`

/**
 * A tax line's own amounts (Medusa's calculateTaxTotal with setTotalField): `total` on its line's
 * discounted subtotal, `subtotal` on the subtotal before discounts. Only when asked for.
 */
export function taxLineTotals(parent: { table: string; lines: LineTables }, fk: string, inStar: boolean) {
  const rate = (a: string) => bnDiv(ident(a, "rate"), raw("100"))
  const of = (base: string) => ofParent(parent, fk, (a) => sql`(${raw(base)}) * ${rate(a)}`)
  return {
    total: model.computed({ type: "number", inStar, expression: (a) => asNumber(of("v.subtotal - v.disc")(a)) }),
    subtotal: model.computed({ type: "number", inStar, expression: (a) => asNumber(of("v.subtotal")(a)) }),
  }
}

/**
 * An adjustment's own amounts (Medusa's calculateAdjustmentTotal): `subtotal` without tax (the
 * amount, divided by 1 + its line's rates when it includes tax) and `total` with its line's tax.
 */
export function adjustmentTotals(parent: { table: string; lines: LineTables }, fk: string, inStar: boolean) {
  const sub = (a: string) =>
    sql`CASE WHEN ${ident(a, "is_tax_inclusive")} THEN ${bnDiv(ident(a, "amount"), raw("1 + v.r"))} ELSE ${ident(a, "amount")} END`
  const subtotal = ofParent(parent, fk, sub)
  const total = ofParent(parent, fk, (a) => sql`(${sub(a)}) * (1 + v.r)`)
  return {
    subtotal: model.computed({ type: "number", inStar, expression: (a) => asNumber(subtotal(a)) }),
    total: model.computed({ type: "number", inStar, expression: (a) => asNumber(total(a)) }),
  }
}
