import { z } from "zod"
import { listQuery, metadata, retrieveParams, text } from "./common.js"
import { recordFilters, stringFilters } from "./filters.js"

/** Filters of the records named by a `value` (product tags and types), admin and store alike. */
export const valueFilterFields = recordFilters(stringFilters("value", "external_id"))

/** Medusa's validators of product tags and types (identical but for the default limit). */
export function valueRecordSchemas(defaultLimit: number) {
  return {
    list: listQuery(defaultLimit, valueFilterFields),
    retrieve: z.object(retrieveParams()).strict(),
    create: z
      .object({ value: text(), external_id: text().nullable().optional(), metadata: metadata().optional() })
      .strict(),
    update: z
      .object({ value: text().optional(), external_id: text().nullable().optional(), metadata: metadata().optional() })
      .strict(),
  }
}
