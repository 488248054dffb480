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
  id: stringOrArray().optional(),
  // Medusa accepts `q` and ignores it; here it searches the name, case-insensitively
  q: text().optional(),
  type: text().optional(),
  name: text().optional(),
  created_at: operatorMap().optional(),
  updated_at: operatorMap().optional(),
  deleted_at: operatorMap().optional(),
}

export const ListShippingProfilesQuery = z
  .object({ ...listParams(DEFAULT_LIMIT), ...filterFields, ...andOrOperators(filterFields) })
  .strict()

export const RetrieveQuery = z.object(retrieveParams()).strict()

export const CreateShippingProfileBody = z
  .object({
    name: text(),
    type: text(),
    metadata: metadata().optional(),
  })
  .strict()

export const UpdateShippingProfileBody = z
  .object({
    name: text().optional(),
    type: text().optional(),
    metadata: metadata().optional(),
  })
  .strict()
