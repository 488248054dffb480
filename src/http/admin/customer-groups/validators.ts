import { z } from "zod"
import {
  listQuery,
  metadata,
  operatorMap,
  retrieveParams,
  stringOrArray,
  text,
  timestampFilters,
} from "../../validation/common.js"
import { DEFAULT_LIMIT } from "./query-config.js"

/** Medusa's AdminCustomerInGroupFilters: the group's members by their fields. */
const customerFilter = z
  .object({
    id: stringOrArray().optional(),
    email: z.union([stringOrArray(), operatorMap()]).optional(),
    company_name: stringOrArray().optional(),
    first_name: stringOrArray().optional(),
    last_name: stringOrArray().optional(),
    created_by: stringOrArray().optional(),
    created_at: operatorMap().optional(),
    updated_at: operatorMap().optional(),
    deleted_at: operatorMap().optional(),
  })
  .strict()

const filters = {
  q: text().optional(),
  id: stringOrArray().optional(),
  name: stringOrArray().optional(),
  customers: z.union([stringOrArray(), customerFilter]).optional(),
  created_by: stringOrArray().optional(),
  ...timestampFilters(),
}

/** Medusa 2.21.2's customer group validators. */
export const CustomerGroupSchemas = {
  list: listQuery(DEFAULT_LIMIT, filters),
  retrieve: z.object(retrieveParams()).strict(),
  create: z.object({ name: text(), metadata: metadata().nullish() }).strict(),
  update: z.object({ name: text().optional(), metadata: metadata().nullish() }).strict(),
}
