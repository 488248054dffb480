import { z } from "zod"
import {
  listQuery,
  queryBoolean,
  retrieveParams,
  stringOrArray,
  text,
  timestampFilters,
} from "../../validation/common.js"

/** Medusa's product option filters, the same on the admin and store lists. */
const filters = {
  q: text().optional(),
  id: stringOrArray().optional(),
  title: stringOrArray().optional(),
  is_exclusive: queryBoolean().optional(),
  ...timestampFilters(),
}

/** The list and retrieve queries of /admin/product-options and /store/product-options (`limit`: the default page size). */
export const productOptionSchemas = (limit: number) => ({
  list: listQuery(limit, filters),
  retrieve: z.object(retrieveParams()).strict(),
})
