import { z } from "zod"
import { listQuery, retrieveParams, text } from "../../validation/common.js"
import { stringFilters } from "../../validation/filters.js"
import { DEFAULT_LIMIT } from "./query-config.js"

const filterFields = { q: text().optional(), ...stringFilters("id", "currency_code", "name") }

export const ListStoreRegionsQuery = listQuery(DEFAULT_LIMIT, filterFields)

export const RetrieveStoreRegionQuery = z.object(retrieveParams()).strict()
