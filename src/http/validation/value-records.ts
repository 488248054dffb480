import { z } from "zod"
import { andOrOperators, listParams, metadata, operatorMap, retrieveParams, stringOrArray, text } from "./common.js"

/** Filters of the records named by a `value` (product tags and types), admin and store alike. */
export const valueFilterFields = {
  q: text().optional(),
  id: stringOrArray().optional(),
  value: stringOrArray().optional(),
  external_id: stringOrArray().optional(),
  created_at: operatorMap().optional(),
  updated_at: operatorMap().optional(),
  deleted_at: operatorMap().optional(),
}

/** Medusa's validators of product tags and types (identical but for the default limit). */
export function valueRecordSchemas(defaultLimit: number) {
  return {
    list: z
      .object({ ...listParams(defaultLimit), ...valueFilterFields, ...andOrOperators(valueFilterFields) })
      .strict(),
    retrieve: z.object(retrieveParams()).strict(),
    create: z
      .object({ value: text(), external_id: text().nullable().optional(), metadata: metadata().optional() })
      .strict(),
    update: z
      .object({ value: text().optional(), external_id: text().nullable().optional(), metadata: metadata().optional() })
      .strict(),
  }
}
