import { z } from "zod"
import { listQuery, metadata, retrieveParams, stringOrArray, text, timestampFilters } from "../../validation/common.js"

const filters = {
  q: text().optional(),
  id: stringOrArray().optional(),
  value: stringOrArray().optional(),
  label: stringOrArray().optional(),
  description: stringOrArray().optional(),
  parent_return_reason_id: stringOrArray().optional(),
  ...timestampFilters(),
}

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
