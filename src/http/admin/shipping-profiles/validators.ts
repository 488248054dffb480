import { z } from "zod"
import { listQuery, metadata, retrieveParams, stringOrArray, text } from "../../validation/common.js"
import { timestampFilters } from "../../validation/filters.js"
import { DEFAULT_LIMIT } from "./query-config.js"

const filterFields = {
  id: stringOrArray().optional(),
  // Medusa accepts `q` and ignores it; here it searches the name, case-insensitively
  q: text().optional(),
  type: text().optional(),
  name: text().optional(),
  ...timestampFilters(),
}

export const ListShippingProfilesQuery = listQuery(DEFAULT_LIMIT, filterFields)

export const RetrieveQuery = z.object(retrieveParams()).strict()

export const CreateShippingProfileBody = z
  .object({
    name: text(),
    type: text(),
    metadata: metadata().optional(),
  })
  .strict()

/** The create body's fields, each optional. */
export const UpdateShippingProfileBody = CreateShippingProfileBody.partial()
