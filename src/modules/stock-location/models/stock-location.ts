import { model } from "../../../framework/model/index.js"

export const StockLocationAddress = model.define("stock_location_address", {
  id: model.id({ prefix: "laddr" }).primaryKey(),
  address_1: model.text().searchable(),
  address_2: model.text().searchable().nullable(),
  company: model.text().nullable(),
  city: model.text().searchable().nullable(),
  country_code: model.text().searchable(),
  phone: model.text().nullable(),
  province: model.text().searchable().nullable(),
  postal_code: model.text().searchable().nullable(),
  metadata: model.json().nullable(),
})

export const StockLocation = model.define(
  "stock_location",
  {
    id: model.id({ prefix: "sloc" }).primaryKey(),
    name: model.text().searchable(),
    address_id: model.text().nullable().unique(),
    metadata: model.json().nullable(),
    address: model.belongsTo(() => StockLocationAddress, { foreignKey: "address_id" }).searchable(),
  },
  { aliases: ["location", "locations"] },
)
