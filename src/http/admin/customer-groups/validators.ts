import { z } from "zod"
import { listQuery, metadata, operatorMap, retrieveParams, stringOrArray, text } from "../../validation/common.js"
import { recordFilters, stringFilters, timestampFilters } from "../../validation/filters.js"
import { DEFAULT_LIMIT } from "./query-config.js"

/** Medusa's AdminCustomerInGroupFilters: the group's members by their fields. */
const customerFilter = z
  .object({
    id: stringOrArray().optional(),
    email: z.union([stringOrArray(), operatorMap()]).optional(),
    ...stringFilters("company_name", "first_name", "last_name", "created_by"),
    ...timestampFilters(),
  })
  .strict()

const filters = recordFilters({
  name: stringOrArray().optional(),
  customers: z.union([stringOrArray(), customerFilter]).optional(),
  created_by: stringOrArray().optional(),
})

/** Medusa 2.21.2's customer group validators. */
export const CustomerGroupSchemas = {
  list: listQuery(DEFAULT_LIMIT, filters),
  retrieve: z.object(retrieveParams()).strict(),
  create: z.object({ name: text(), metadata: metadata().nullish() }).strict(),
  update: z.object({ name: text().optional(), metadata: metadata().nullish() }).strict(),
}
