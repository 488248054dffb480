import { z } from "zod"
import { andOrOperators, listParams, retrieveParams, stringOrArray, text } from "../../validation/common.js"
import { DEFAULT_LIMIT } from "./query-config.js"

const filterFields = {
  q: text().optional(),
  id: stringOrArray().optional(),
  currency_code: stringOrArray().optional(),
  name: stringOrArray().optional(),
}

export const ListStoreRegionsQuery = z
  .object({ ...listParams(DEFAULT_LIMIT), ...filterFields, ...andOrOperators(filterFields) })
  .strict()

export const RetrieveStoreRegionQuery = z.object(retrieveParams()).strict()
