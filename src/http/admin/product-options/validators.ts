import { z } from "zod"
import { listQuery, queryBoolean, retrieveParams } from "../../validation/common.js"
import { recordFilters, stringFilters } from "../../validation/filters.js"

/** Medusa's product option filters, the same on the admin and store lists. */
const filters = recordFilters({ ...stringFilters("title"), is_exclusive: queryBoolean().optional() })

/** The list and retrieve queries of /admin/product-options and /store/product-options (`limit`: the default page size). */
export const productOptionSchemas = (limit: number) => ({
  list: listQuery(limit, filters),
  retrieve: z.object(retrieveParams()).strict(),
})
