import { model, priceAmountColumns, rawPriceAmounts } from "../../../framework/model/index.js"
import { ident, raw, sql } from "../../../framework/sql/sql.js"
import { FulfillmentProvider, ServiceZone } from "./fulfillment-set.js"
import { ShippingProfile } from "./shipping-profile.js"

const nullJson = () => model.computed({ type: "json", expression: () => raw("NULL::json") })

export const ShippingOptionType = model.define("shipping_option_type", {
  id: model.id({ prefix: "sotype" }).primaryKey(),
  label: model.text().searchable(),
  description: model.text().searchable().nullable(),
  code: model.text().searchable(),
  shipping_options: model.hasMany(() => ShippingOption, { foreignKey: "shipping_option_type_id" }),
})

/** A rule on the option (`enabled_in_store` eq "true", `is_return` eq "false"), as Medusa stores them. */
export const ShippingOptionRule = model.define("shipping_option_rule", {
  id: model.id({ prefix: "sorul" }).primaryKey(),
  attribute: model.text(),
  operator: model.enum(["gt", "lt", "eq", "ne", "in", "lte", "gte", "nin"]),
  value: model.json().nullable(),
  shipping_option_id: model.text().index(),
  shipping_option: model.belongsTo(() => ShippingOption, { foreignKey: "shipping_option_id" }),
})

/**
 * A flat price of an option, in Medusa's pricing shape. Medusa keeps them in a price set of its
 * pricing module; here the option owns them, and `price_set_id` is derived from the option's id
 * (`pset_<ulid of the option>`). A region price is a price with a `region_id` rule (its currency
 * is the region's).
 */
export const ShippingOptionPrice = model.define(
  "shipping_option_price",
  {
    id: model.id({ prefix: "price" }).primaryKey(),
    title: model.text().nullable(),
    ...priceAmountColumns(),
    shipping_option_id: model.text().index().hidden(),
    price_rules: model.hasMany(() => ShippingOptionPriceRule, { foreignKey: "price_id" }),
    rules_count: model.computed({
      type: "integer",
      expression: (alias) =>
        sql`SELECT count(*)::int FROM shipping_option_price_rule r WHERE r.price_id = ${ident(alias, "id")} AND r.deleted_at IS NULL`,
    }),
    price_set_id: model.computed({
      type: "text",
      expression: (alias) => sql`regexp_replace(${ident(alias, "shipping_option_id")}, '^so_', 'pset_')`,
    }),
    price_list_id: nullJson(),
    price_list: nullJson(),
    ...rawPriceAmounts(),
  },
  { cascade: ["price_rules"] },
)

export const ShippingOptionPriceRule = model.define("shipping_option_price_rule", {
  id: model.id({ prefix: "prule" }).primaryKey(),
  attribute: model.text(),
  value: model.text(),
  operator: model.text().default("eq"),
  priority: model.integer().default(0),
  price_id: model.text().index(),
  price: model.belongsTo(() => ShippingOptionPrice, { foreignKey: "price_id" }),
})

export const ShippingOption = model.define(
  "shipping_option",
  {
    id: model.id({ prefix: "so" }).primaryKey(),
    name: model.text().searchable(),
    price_type: model.enum(["flat", "calculated"]).default("flat"),
    data: model.json().nullable(),
    metadata: model.json().nullable(),
    service_zone_id: model.text().index(),
    shipping_profile_id: model.text().nullable().index(),
    provider_id: model.text().nullable().index(),
    shipping_option_type_id: model.text().index(),
    service_zone: model.belongsTo(() => ServiceZone, { foreignKey: "service_zone_id" }),
    shipping_profile: model.belongsTo(() => ShippingProfile, { foreignKey: "shipping_profile_id" }),
    provider: model.belongsTo(() => FulfillmentProvider, { foreignKey: "provider_id" }),
    type: model.belongsTo(() => ShippingOptionType, { foreignKey: "shipping_option_type_id" }),
    rules: model.hasMany(() => ShippingOptionRule, { foreignKey: "shipping_option_id" }),
    prices: model.hasMany(() => ShippingOptionPrice, { foreignKey: "shipping_option_id" }),
  },
  { cascade: ["rules", "prices"] },
)
