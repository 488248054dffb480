import { z } from "zod"
import {
  andOrOperators,
  listParams,
  metadata,
  operatorMap,
  retrieveParams,
  stringOrArray,
  text,
} from "../../validation/common.js"
import { DEFAULT_LIMIT } from "./query-config.js"

const filterFields = {
  q: text().optional(),
  id: stringOrArray().optional(),
  currency_code: stringOrArray().optional(),
  name: stringOrArray().optional(),
  created_at: operatorMap().optional(),
  updated_at: operatorMap().optional(),
  deleted_at: operatorMap().optional(),
}

export const ListRegionsQuery = z
  .object({ ...listParams(DEFAULT_LIMIT), ...filterFields, ...andOrOperators(filterFields) })
  .strict()

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

export const UpdateRegionBody = z
  .object({
    name: text().optional(),
    currency_code: text().optional(),
    countries: codes().optional(),
    automatic_taxes: z.boolean().optional(),
    is_tax_inclusive: z.boolean().optional(),
    payment_providers: codes().optional(),
    metadata: metadata().optional(),
  })
  .strict()
