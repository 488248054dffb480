import { z } from "zod"
import {
  listQuery,
  metadata,
  queryBoolean,
  retrieveParams,
  stringOrArray,
  text,
  timestampFilters,
} from "../../validation/common.js"
import { DEFAULT_LIMIT } from "./query-config.js"

const filterFields = {
  q: text().optional(),
  id: stringOrArray().optional(),
  name: stringOrArray().optional(),
  description: text().optional(),
  is_disabled: queryBoolean().optional(),
  ...timestampFilters(),
}

/** `$and` / `$or` items take the direct filters (not the link ids), unknown keys dropped, as Medusa's. */
export const ListSalesChannelsQuery = listQuery(DEFAULT_LIMIT, filterFields).extend({
  location_id: stringOrArray().optional(),
  publishable_key_id: stringOrArray().optional(),
})

export const RetrieveQuery = z.object(retrieveParams()).strict()

export const CreateSalesChannelBody = z
  .object({
    name: text(),
    description: text().nullable().optional(),
    is_disabled: z.boolean().optional(),
    metadata: metadata().optional(),
  })
  .strict()

export const UpdateSalesChannelBody = CreateSalesChannelBody.partial()
