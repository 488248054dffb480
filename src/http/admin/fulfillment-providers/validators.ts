import { z } from "zod"
import { listParams, queryBoolean, stringOrArray, text } from "../../validation/common.js"

/** Medusa 2.21's AdminFulfillmentProvidersParams: limit 50 */
export const ListFulfillmentProvidersQuery = z
  .object({
    ...listParams(50),
    id: stringOrArray().optional(),
    stock_location_id: stringOrArray().optional(),
    is_enabled: queryBoolean().optional(),
    // accepted and ignored, as in Medusa (providers have no searchable text)
    q: text().optional(),
  })
  .strict()
