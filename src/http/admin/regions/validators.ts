import { z } from "zod"
import { listQuery, metadata, retrieveParams, text } from "../../validation/common.js"
import { recordFilters, stringFilters } from "../../validation/filters.js"
import { DEFAULT_LIMIT } from "./query-config.js"

const filterFields = recordFilters(stringFilters("currency_code", "name"))

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
