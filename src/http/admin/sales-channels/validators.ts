import { z } from "zod"
import { listQuery, metadata, queryBoolean, retrieveParams, stringOrArray, text } from "../../validation/common.js"
import { recordFilters, stringFilters } from "../../validation/filters.js"
import { DEFAULT_LIMIT } from "./query-config.js"

const filterFields = recordFilters({
  name: stringOrArray().optional(),
  description: text().optional(),
  is_disabled: queryBoolean().optional(),
})

/** `$and` / `$or` items take the direct filters (not the link ids), unknown keys dropped, as Medusa's. */
export const ListSalesChannelsQuery = listQuery(DEFAULT_LIMIT, filterFields).extend({
  ...stringFilters("location_id", "publishable_key_id"),
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
