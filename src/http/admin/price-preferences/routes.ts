import {
  createPricePreferencesWorkflow,
  deletePricePreferencesWorkflow,
  updatePricePreferenceWorkflow,
} from "../../../workflows/pricing/price-preferences.js"
import { forOne, recordRoutes } from "../../helpers/record-routes.js"
import { PricePreferenceSchemas } from "./validators.js"

/** Medusa 2.21.2's adminPricePreferenceRemoteQueryFields. */
const DEFAULT_FIELDS = ["id", "attribute", "value", "is_tax_inclusive", "created_at", "deleted_at", "updated_at"]

/**
 * /admin/price-preferences (Medusa 2.21.2): whether prices in a currency or a region include
 * taxes (`calculated_price.is_calculated_price_tax_inclusive`, docs/pricing.md). An unknown id
 * answers 200 `{}` to a GET and an update, as Medusa's routes do.
 */
export const pricePreferenceRoutes = recordRoutes({
  path: "/price-preferences",
  entity: "price_preference",
  key: "price_preference",
  listKey: "price_preferences",
  object: "price_preference",
  defaults: DEFAULT_FIELDS,
  schemas: PricePreferenceSchemas,
  create: forOne(createPricePreferencesWorkflow),
  update: updatePricePreferenceWorkflow,
  delete: forOne(deletePricePreferencesWorkflow),
})
