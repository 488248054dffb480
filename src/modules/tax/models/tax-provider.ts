import { model } from "../../../framework/model/index.js"

/** A tax provider (Medusa's `tp_system` is the only one salesgraph has): computes tax lines from rates. */
export const TaxProvider = model.define("tax_provider", {
  id: model.id({ prefix: "tp" }).primaryKey(),
  is_enabled: model.boolean().default(true),
})
