import { model, priceAmountColumns, rawPriceAmounts } from "../../../framework/model/index.js"
import { ident, sql } from "../../../framework/sql/sql.js"

/**
 * Medusa's price list: `sale` prices compete with the base price (the lowest wins), `override`
 * prices replace it. Applies while `active` and within `starts_at`…`ends_at`, to the contexts its
 * rules hold in. `rules` is `{ attribute: [values] }` (Medusa keeps them as price_list_rule rows
 * and shows them so): `customer.groups.id`, and salesgraph's `sales_channel_id`.
 */
export const PriceList = model.define("price_list", {
  id: model.id({ prefix: "plist" }).primaryKey(),
  title: model.text().searchable(),
  description: model.text().searchable(),
  status: model.enum(["active", "draft"]).default("draft"),
  type: model.enum(["sale", "override"]).default("sale"),
  starts_at: model.dateTime().nullable(),
  ends_at: model.dateTime().nullable(),
  rules_count: model.integer().default(0),
  rules: model.json().default({}),
  metadata: model.json().nullable(),
  prices: model.hasMany(() => PriceListPrice, { foreignKey: "price_list_id" }),
})

/**
 * A price of a price list for one variant, in a currency, for a quantity range; `rules` as a
 * variant price's (`region_id`, salesgraph's `sales_channel_id`). Medusa's price of a price set:
 * `price_set_id` is derived from the variant's id as the calculated price's is.
 */
export const PriceListPrice = model.define(
  "price_list_price",
  {
    id: model.id({ prefix: "price" }).primaryKey(),
    title: model.text().nullable(),
    ...priceAmountColumns(),
    rules: model.json().default({}),
    variant_id: model.text().index(),
    price_list_id: model.text().index(),
    price_list: model.belongsTo(() => PriceList, { foreignKey: "price_list_id" }),
    rules_count: model.computed({
      type: "integer",
      expression: (a) => sql`(SELECT count(*)::int FROM jsonb_object_keys(${ident(a, "rules")}))`,
    }),
    price_set_id: model.computed({
      type: "text",
      expression: (a) => sql`regexp_replace(${ident(a, "variant_id")}, '^variant_', 'pset_')`,
    }),
    price_set: model.computed({
      type: "json",
      inStar: false,
      expression: (a) =>
        sql`json_build_object('id', regexp_replace(${ident(a, "variant_id")}, '^variant_', 'pset_'), 'variant', json_build_object('id', ${ident(a, "variant_id")}))`,
    }),
    price_rules: model.computed({
      type: "json",
      inStar: false,
      expression: (a) =>
        sql`(SELECT coalesce(json_agg(json_build_object('value', r.value #>> '{}', 'attribute', r.key) ORDER BY r.key), '[]') FROM jsonb_each(${ident(a, "rules")}) r)`,
    }),
    ...rawPriceAmounts(),
  },
  { aliases: ["price_list_prices"] },
)

/** Medusa's price preference: prices in a currency or a region (`attribute`, `value`) include taxes or not. */
export const PricePreference = model.define(
  "price_preference",
  {
    id: model.id({ prefix: "prpref" }).primaryKey(),
    attribute: model.text(),
    value: model.text().nullable(),
    is_tax_inclusive: model.boolean().default(false),
  },
  { indexes: [{ columns: ["attribute", "value"], unique: true }] },
)
