import { z } from "zod"
import {
  andOrOperators,
  listParams,
  operatorMap,
  retrieveParams,
  stringOrArray,
  text,
} from "../../validation/common.js"

const filterFields = {
  q: text().optional(),
  id: stringOrArray().optional(),
  label: stringOrArray().optional(),
  code: stringOrArray().optional(),
  description: stringOrArray().optional(),
  created_at: operatorMap().optional(),
  updated_at: operatorMap().optional(),
  deleted_at: operatorMap().optional(),
}

/** Medusa 2.21's AdminGetShippingOptionTypesParams: limit 10 */
export const ListShippingOptionTypesQuery = z
  .object({ ...listParams(10), ...filterFields, ...andOrOperators(filterFields) })
  .strict()
export const RetrieveQuery = z.object(retrieveParams()).strict()
export const CreateShippingOptionTypeBody = z
  .object({ label: text(), code: text(), description: text().optional() })
  .strict()
export const UpdateShippingOptionTypeBody = z
  .object({ label: text().optional(), code: text().optional(), description: text().optional() })
  .strict()
