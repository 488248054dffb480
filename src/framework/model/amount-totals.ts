import { ident, type Sql } from "../sql/sql.js"
import { model } from "./define.js"
import { asNumber, lineTotal, rawValue, type LineTables, type LineTotal } from "./line-totals.js"

const TOTALS: LineTotal[] = [
  "subtotal",
  "total",
  "original_subtotal",
  "original_total",
  "discount_total",
  "discount_subtotal",
  "discount_tax_total",
  "tax_total",
  "original_tax_total",
]

/**
 * The totals Medusa decorates a shipping method with (getShippingMethodTotals): subtotal, total,
 * their originals, discounts and taxes from its tax lines and adjustments (`lines`), each with its
 * `raw_` value (`raw_amount` too).
 */
export function amountTotals(lines: LineTables) {
  const totals: [string, (alias: string) => Sql, boolean][] = [
    ["amount", (a) => ident(a, "amount"), false],
    ...TOTALS.map((name) => [name, lineTotal(lines, name), true] as [string, (alias: string) => Sql, boolean]),
  ]
  return Object.fromEntries(
    totals.flatMap(([name, exact, withValue]) => [
      ...(withValue ? [[name, model.computed({ type: "number", expression: (a) => asNumber(exact(a)) })]] : []),
      [`raw_${name}`, model.computed({ type: "json", expression: (a) => rawValue(exact(a)) })],
    ]),
  )
}
