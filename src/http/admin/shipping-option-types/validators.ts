import { z } from "zod"
import { listQuery, retrieveParams, stringOrArray, text, timestampFilters } from "../../validation/common.js"

const filterFields = {
  q: text().optional(),
  id: stringOrArray().optional(),
  label: stringOrArray().optional(),
  code: stringOrArray().optional(),
  description: stringOrArray().optional(),
  ...timestampFilters(),
}

/** Medusa 2.21's AdminGetShippingOptionTypesParams: limit 10 */
export const ListShippingOptionTypesQuery = listQuery(10, filterFields)
export const RetrieveQuery = z.object(retrieveParams()).strict()
export const CreateShippingOptionTypeBody = z
  .object({ label: text(), code: text(), description: text().optional() })
  .strict()
/** The create body's fields, each optional. */
export const UpdateShippingOptionTypeBody = CreateShippingOptionTypeBody.partial()
