import { z } from "zod"
import { metadata, plainListQuery, retrieveParams, text } from "../../validation/common.js"
import { recordFilters } from "../../validation/filters.js"
import { DEFAULT_LIMIT } from "./query-config.js"

export const ListUsersQuery = plainListQuery(DEFAULT_LIMIT, {
  ...recordFilters({}),
  email: text().optional(),
  first_name: text().optional(),
  last_name: text().optional(),
})

export const RetrieveQuery = z.object(retrieveParams()).strict()

export const UpdateUserBody = z
  .object({
    first_name: text().nullish(),
    last_name: text().nullish(),
    avatar_url: text().nullish(),
    metadata: metadata().optional(),
  })
  .strict()
