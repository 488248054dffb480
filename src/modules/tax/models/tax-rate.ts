import { model } from "../../../framework/model/index.js"
import { TaxRegion } from "./tax-region.js"

/** A rate of a tax region: its default one, or one for the products / product types its rules name. */
export const TaxRate = model.define(
  "tax_rate",
  {
    id: model.id({ prefix: "txr" }).primaryKey(),
    rate: model.number().nullable(),
    code: model.text().searchable(),
    name: model.text().searchable(),
    is_default: model.boolean().default(false),
    is_combinable: model.boolean().default(false),
    tax_region_id: model.text().index(),
    metadata: model.json().nullable(),
    created_by: model.text().nullable(),
    tax_region: model.belongsTo(() => TaxRegion, { foreignKey: "tax_region_id" }),
    rules: model.hasMany(() => TaxRateRule, { foreignKey: "tax_rate_id" }),
  },
  { cascade: ["rules"] },
)

/** What a non-default rate applies to: `reference` (product, product_type, shipping_option) and its id. */
export const TaxRateRule = model.define(
  "tax_rate_rule",
  {
    id: model.id({ prefix: "txrule" }).primaryKey(),
    tax_rate_id: model.text().index(),
    reference: model.text(),
    reference_id: model.text().index(),
    metadata: model.json().nullable(),
    created_by: model.text().nullable(),
    tax_rate: model.belongsTo(() => TaxRate, { foreignKey: "tax_rate_id" }),
  },
  { indexes: [{ columns: ["tax_rate_id", "reference_id"], unique: true }] },
)
