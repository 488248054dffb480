import { model } from "../../../framework/model/index.js"
import { ident, sql } from "../../../framework/sql/sql.js"

const iso = (column: string) => sql`to_char(c.${ident(column)} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`
const currencyOf = (alias: string) =>
  sql`FROM currency c WHERE c.code = ${ident(alias, "currency_code")} AND c.deleted_at IS NULL`

export const StoreCurrency = model.define(
  "store_currency",
  {
    id: model.id({ prefix: "stocur" }).primaryKey(),
    currency_code: model.text(),
    is_default: model.boolean().default(false),
    /** kept, but Medusa 2.21 shows it nowhere (its price preferences hold it) */
    is_tax_inclusive: model.boolean().default(false).hidden(),
    store_id: model.text().nullable().index(),
    store: model.belongsTo(() => Store, { foreignKey: "store_id" }),
    /** the currency as Medusa links it (`*supported_currencies.currency`); absent for an unknown code */
    currency: model.computed({
      type: "json",
      inStar: false,
      expression: (a) =>
        sql`SELECT json_build_object('code', c.code, 'symbol', c.symbol, 'symbol_native', c.symbol_native,
            'name', c.name, 'decimal_digits', c.decimal_digits, 'raw_rounding', c.raw_rounding,
            'created_at', ${iso("created_at")}, 'updated_at', ${iso("updated_at")}, 'deleted_at', ${iso("deleted_at")},
            'rounding', c.rounding) ${currencyOf(a)}`,
      omitWhen: (a) => sql`NOT EXISTS (SELECT 1 ${currencyOf(a)})`,
    }),
  },
  { aliases: ["supported_currency", "supported_currencies"] },
)

export const Store = model.define(
  "store",
  {
    id: model.id({ prefix: "store" }).primaryKey(),
    name: model.text().searchable().default("Medusa Store"),
    /** not validated, as in Medusa (a store may name a channel that does not exist) */
    default_sales_channel_id: model.text().nullable(),
    default_region_id: model.text().nullable(),
    default_location_id: model.text().nullable(),
    metadata: model.json().nullable(),
    supported_currencies: model.hasMany(() => StoreCurrency, { foreignKey: "store_id" }),
  },
  { cascade: ["supported_currencies"] },
)
