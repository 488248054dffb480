import { model } from "../../../framework/model/index.js"

/**
 * An ISO 4217 currency (Medusa's currency module, seeded by a migration from data/currencies.ts).
 * Keyed by its lower-case code; Medusa shows no `id`.
 */
export const Currency = model.define(
  "currency",
  {
    id: model.id({ prefix: "cur" }).primaryKey().hidden(),
    code: model.text().searchable().unique(),
    symbol: model.text(),
    symbol_native: model.text(),
    name: model.text().searchable(),
    decimal_digits: model.integer().default(0),
    rounding: model.number().default(0),
    raw_rounding: model.json().nullable(),
  },
  { aliases: ["currencies"] },
)
