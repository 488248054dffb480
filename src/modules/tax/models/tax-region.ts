import { model } from "../../../framework/model/index.js"
import { TaxProvider } from "./tax-provider.js"
import { TaxRate } from "./tax-rate.js"

/**
 * A country (no province, with a provider) or a province of it (`parent`, no provider) whose
 * rates apply to carts shipping there (Medusa's tax module).
 */
export const TaxRegion = model.define(
  "tax_region",
  {
    id: model.id({ prefix: "txreg" }).primaryKey(),
    country_code: model.text().searchable(),
    province_code: model.text().searchable().nullable(),
    metadata: model.json().nullable(),
    created_by: model.text().nullable(),
    provider_id: model.text().nullable().index(),
    parent_id: model.text().nullable().index(),
    provider: model.belongsTo(() => TaxProvider, { foreignKey: "provider_id", onDelete: "set null" }),
    parent: model.belongsTo(() => TaxRegion, { foreignKey: "parent_id" }),
    children: model.hasMany(() => TaxRegion, { foreignKey: "parent_id" }),
    tax_rates: model.hasMany(() => TaxRate, { foreignKey: "tax_region_id" }),
  },
  { cascade: ["children", "tax_rates"], indexes: [{ columns: ["country_code", "province_code"] }] },
)
