import { z } from "zod"
import { listQuery, retrieveParams, text } from "../../validation/common.js"
import { recordFilters, stringFilters } from "../../validation/filters.js"

const filterFields = recordFilters(stringFilters("label", "code", "description"))

/** Medusa 2.21's AdminGetShippingOptionTypesParams: limit 10 */
export const ListShippingOptionTypesQuery = listQuery(10, filterFields)
export const RetrieveQuery = z.object(retrieveParams()).strict()
export const CreateShippingOptionTypeBody = z
  .object({ label: text(), code: text(), description: text().optional() })
  .strict()
/** The create body's fields, each optional. */
export const UpdateShippingOptionTypeBody = CreateShippingOptionTypeBody.partial()
