import { plainListQuery, queryBoolean, text } from "../../validation/common.js"
import { stringFilters } from "../../validation/filters.js"

/** Medusa 2.21's AdminFulfillmentProvidersParams: limit 50 */
export const ListFulfillmentProvidersQuery = plainListQuery(50, {
  ...stringFilters("id", "stock_location_id"),
  is_enabled: queryBoolean().optional(),
  // accepted and ignored, as in Medusa (providers have no searchable text)
  q: text().optional(),
})
