import { z } from "zod"
import { listQuery, metadata, retrieveParams, text } from "../../validation/common.js"
import { stringFilters } from "../../validation/filters.js"
import { DEFAULT_LIMIT } from "./query-config.js"

const filterFields = { q: text().optional(), ...stringFilters("id", "name") }

export const ListStoresQuery = listQuery(DEFAULT_LIMIT, filterFields)

export const RetrieveQuery = z.object(retrieveParams()).strict()

/** Nested items drop unknown keys, as Medusa's (non-strict) item schemas do. */
export const UpdateStoreBody = z
  .object({
    name: text().optional(),
    supported_currencies: z
      .array(
        z.object({
          currency_code: text(),
          is_default: z.boolean().optional(),
          is_tax_inclusive: z.boolean().optional(),
        }),
      )
      .max(1000)
      .optional(),
    supported_locales: z
      .array(z.object({ locale_code: text() }))
      .max(1000)
      .optional(),
    default_sales_channel_id: text().nullish(),
    default_region_id: text().nullish(),
    default_location_id: text().nullish(),
    metadata: metadata().optional(),
  })
  .strict()
