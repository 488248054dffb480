import { model } from "../../../framework/model/index.js"

/**
 * A country assigned to a region (at most one live row per country). Medusa keys these rows by
 * `iso_2` and shows no `id`, so the row id stays internal.
 */
export const RegionCountry = model.define(
  "region_country",
  {
    id: model.id({ prefix: "rcty" }).primaryKey().hidden(),
    iso_2: model.text().searchable(),
    iso_3: model.text().nullable(),
    num_code: model.text().nullable(),
    name: model.text().searchable().nullable(),
    display_name: model.text().nullable(),
    region_id: model.text().index(),
    metadata: model.json().nullable(),
    region: model.belongsTo(() => Region, { foreignKey: "region_id" }),
  },
  { aliases: ["country", "countries"], indexes: [{ columns: ["iso_2"], unique: true }] },
)

export const Region = model.define(
  "region",
  {
    id: model.id({ prefix: "reg" }).primaryKey(),
    name: model.text().searchable(),
    currency_code: model.text().searchable(),
    automatic_taxes: model.boolean().default(true),
    metadata: model.json().nullable(),
    countries: model.hasMany(() => RegionCountry, { foreignKey: "region_id" }),
  },
  { cascade: ["countries"] },
)
