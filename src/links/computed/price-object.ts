import { raw, sql, type Sql } from "../../framework/sql/sql.js"

/** A chosen price as SQL expressions: a `to_jsonb` of a candidate row, or the row's own columns. */
export interface ChosenPrice {
  missing: Sql
  id: Sql
  amount: Sql
  amountText: Sql
  currency: Sql
  listId: Sql
  listType: Sql
  minQuantity: Sql
  maxQuantity: Sql
  regionRule: Sql
}

/** A candidate (price-candidates.ts) picked as jsonb, under `alias`. */
export function jsonPrice(alias: string): ChosenPrice {
  const p = raw(alias)
  const text = (key: string) => sql`${p}->>${raw(`'${key}'`)}`
  return {
    missing: sql`${p} IS NULL`,
    id: text("id"),
    amount: sql`(${p}->'amount')`,
    amountText: text("amount"),
    currency: text("currency_code"),
    listId: text("price_list_id"),
    listType: text("price_list_type"),
    minQuantity: sql`nullif((${text("min_quantity")})::numeric, 0)`,
    maxQuantity: sql`nullif((${text("max_quantity")})::numeric, 0)`,
    regionRule: text("region_rule"),
  }
}

/** A variant's own price (no price list), a candidate row under `alias`. */
export function rowPrice(alias: string): ChosenPrice {
  const col = (name: string) => raw(`${alias}.${name}`)
  return {
    missing: sql`${col("id")} IS NULL`,
    id: col("id"),
    amount: col("amount"),
    amountText: sql`${col("amount")}::text`,
    currency: col("currency_code"),
    listId: raw("NULL::text"),
    listType: raw("NULL::text"),
    minQuantity: sql`nullif(${col("min_quantity")}, 0)`,
    maxQuantity: sql`nullif(${col("max_quantity")}, 0)`,
    regionRule: col("region_rule"),
  }
}

/** Medusa 2.21.2's `calculated_price` object from the calculated (`c`) and original (`o`) prices. */
export function priceObject(
  priceSetId: Sql,
  c: ChosenPrice,
  o: ChosenPrice,
  taxInclusive: (p: ChosenPrice) => Sql,
  withTaxAmounts: boolean,
): Sql {
  const rawAmount = (p: ChosenPrice) => sql`json_build_object('value', ${p.amountText}, 'precision', 20)`
  const ref = (p: ChosenPrice) => sql`json_build_object('id', ${p.id},
      'price_list_id', ${p.listId}, 'price_list_type', ${p.listType},
      'min_quantity', ${p.minQuantity}, 'max_quantity', ${p.maxQuantity})`
  const taxKeys = withTaxAmounts
    ? sql`, 'calculated_amount_with_tax', ${c.amount}, 'calculated_amount_without_tax', ${c.amount},
        'original_amount_with_tax', ${o.amount}, 'original_amount_without_tax', ${o.amount}`
    : raw("")
  return sql`json_build_object(
      'id', ${priceSetId},
      'is_calculated_price_price_list', ${c.listId} IS NOT NULL,
      'is_calculated_price_tax_inclusive', ${taxInclusive(c)},
      'calculated_amount', ${c.amount},
      'raw_calculated_amount', ${rawAmount(c)},
      'is_original_price_price_list', ${o.listId} IS NOT NULL,
      'is_original_price_tax_inclusive', ${taxInclusive(o)},
      'original_amount', ${o.amount},
      'raw_original_amount', ${rawAmount(o)},
      'currency_code', ${c.currency},
      'calculated_price', ${ref(c)},
      'original_price', ${ref(o)}${taxKeys})`
}
