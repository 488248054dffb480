import { z } from "zod"
import { plainListQuery, retrieveParams, stringOrArray, text } from "../../validation/common.js"
import { timestampFilters } from "../../validation/filters.js"

/** Medusa 2.21.2's validators (its list takes no `$and` / `$or`). */
export const RefundReasonSchemas = {
  list: plainListQuery(15, { id: stringOrArray().optional(), q: text().optional(), ...timestampFilters() }),
  retrieve: z.object(retrieveParams()).strict(),
  create: z.object({ label: text(), code: text(), description: text().nullish() }).strict(),
  update: z.object({ label: text().optional(), code: text().optional(), description: text().nullish() }).strict(),
}
