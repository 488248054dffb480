import { ident, raw, sql, type Sql } from "../sql/sql.js"
import { model } from "./define.js"

const rawOf = (expression: (alias: string) => Sql) =>
  model.computed({
    type: "json",
    expression: (a) => sql`json_build_object('value', trim_scale((${expression(a)})::numeric)::text, 'precision', 20)`,
  })

/**
 * The totals Medusa decorates a row carrying an amount with (a shipping method), when there are
 * no taxes or promotions: subtotal, total and their originals are the amount, discounts and taxes
 * 0, each with its `raw_` value (`raw_amount` too).
 */
export function amountTotals(column = "amount") {
  const amount = (alias: string) => ident(alias, column)
  const zero = () => raw("0")
  const totals: [string, (alias: string) => Sql, boolean][] = [
    [column, amount, false],
    ["subtotal", amount, true],
    ["total", amount, true],
    ["original_subtotal", amount, true],
    ["original_total", amount, true],
    ["discount_total", zero, true],
    ["discount_subtotal", zero, true],
    ["discount_tax_total", zero, true],
    ["tax_total", zero, true],
    ["original_tax_total", zero, true],
  ]
  return Object.fromEntries(
    totals.flatMap(([name, expression, withValue]) => [
      ...(withValue ? [[name, model.computed({ type: "number", expression })]] : []),
      [`raw_${name}`, rawOf(expression)],
    ]),
  )
}
