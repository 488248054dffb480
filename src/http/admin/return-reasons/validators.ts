import { z } from "zod"
import { listQuery, metadata, retrieveParams, text } from "../../validation/common.js"
import { recordFilters, stringFilters } from "../../validation/filters.js"

const filters = recordFilters(stringFilters("value", "label", "description", "parent_return_reason_id"))

/** Medusa 2.21.2's validators: an update names `value` and `label` again, as Medusa requires. */
export const ReturnReasonSchemas = {
  list: listQuery(20, filters),
  retrieve: z.object(retrieveParams()).strict(),
  create: z
    .object({
      value: text(),
      label: text(),
      description: text().nullish(),
      parent_return_reason_id: text().nullish(),
      metadata: metadata().optional(),
    })
    .strict(),
  update: z
    .object({ value: text(), label: text(), description: text().nullish(), metadata: metadata().optional() })
    .strict(),
}
