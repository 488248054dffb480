import { model } from "../../../framework/model/index.js"

export const StoreCurrency = model.define("store_currency", {
  id: model.id({ prefix: "stocur" }).primaryKey(),
  currency_code: model.text(),
  is_default: model.boolean().default(false),
  is_tax_inclusive: model.boolean().default(false),
  store_id: model.text().nullable().index(),
  store: model.belongsTo(() => Store, { foreignKey: "store_id" }),
}, { aliases: ["supported_currency", "supported_currencies"] })

export const Store = model.define("store", {
  id: model.id({ prefix: "store" }).primaryKey(),
  name: model.text().searchable().default("Medusa Store"),
  /** not validated, as in Medusa (a store may name a channel that does not exist) */
  default_sales_channel_id: model.text().nullable(),
  default_region_id: model.text().nullable(),
  default_location_id: model.text().nullable(),
  metadata: model.json().nullable(),
  supported_currencies: model.hasMany(() => StoreCurrency, { foreignKey: "store_id" }),
}, { cascade: ["supported_currencies"] })
