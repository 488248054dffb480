import { z } from "zod"
import { listQuery, metadata, retrieveParams, stringOrArray, text, timestampFilters } from "../../validation/common.js"
import { DEFAULT_LIMIT } from "./query-config.js"

const filterFields = {
  q: text().optional(),
  id: stringOrArray().optional(),
  currency_code: stringOrArray().optional(),
  name: stringOrArray().optional(),
  ...timestampFilters(),
}

export const ListRegionsQuery = listQuery(DEFAULT_LIMIT, filterFields)

export const RetrieveQuery = z.object(retrieveParams()).strict()

const codes = () => z.array(text()).max(1000)

export const CreateRegionBody = z
  .object({
    name: text(),
    currency_code: text(),
    countries: codes().optional(),
    automatic_taxes: z.boolean().optional(),
    is_tax_inclusive: z.boolean().optional(),
    payment_providers: codes().optional(),
    metadata: metadata().optional(),
  })
  .strict()

/** The create body's fields, each optional. */
export const UpdateRegionBody = CreateRegionBody.partial()
