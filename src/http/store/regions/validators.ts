import { z } from "zod"
import { listQuery, retrieveParams, stringOrArray, text } from "../../validation/common.js"
import { DEFAULT_LIMIT } from "./query-config.js"

const filterFields = {
  q: text().optional(),
  id: stringOrArray().optional(),
  currency_code: stringOrArray().optional(),
  name: stringOrArray().optional(),
}

export const ListStoreRegionsQuery = listQuery(DEFAULT_LIMIT, filterFields)

export const RetrieveStoreRegionQuery = z.object(retrieveParams()).strict()
