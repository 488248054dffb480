import { z } from "zod"
import { listParams, operatorMap, retrieveParams, stringOrArray, text } from "../../validation/common.js"

/** Medusa 2.21.2's validators (its list takes no `$and` / `$or`). */
export const RefundReasonSchemas = {
  list: z
    .object({
      ...listParams(15),
      id: stringOrArray().optional(),
      q: text().optional(),
      created_at: operatorMap().optional(),
      updated_at: operatorMap().optional(),
      deleted_at: operatorMap().optional(),
    })
    .strict(),
  retrieve: z.object(retrieveParams()).strict(),
  create: z.object({ label: text(), code: text(), description: text().nullish() }).strict(),
  update: z.object({ label: text().optional(), code: text().optional(), description: text().nullish() }).strict(),
}
