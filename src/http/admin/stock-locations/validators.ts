import { z } from "zod"
import { linkedQuery, metadata, retrieveParams, stringOrArray, text } from "../../validation/common.js"
import { recordFilters, stringFilters } from "../../validation/filters.js"
import { DEFAULT_LIMIT } from "./query-config.js"

const filterFields = recordFilters(stringFilters("name", "address_id"))

/** `$and` / `$or` items: the same filters (not the linked channels'), unknown keys dropped, as Medusa's. */
export const ListStockLocationsQuery = linkedQuery(DEFAULT_LIMIT, filterFields, {
  sales_channel_id: stringOrArray().optional(),
})

export const RetrieveQuery = z.object(retrieveParams()).strict()

const optionalText = () => text().nullable().optional()

/** Unknown address keys are dropped, as Medusa does. */
const address = () =>
  z.object({
    address_1: text(),
    country_code: text(),
    address_2: optionalText(),
    company: optionalText(),
    city: optionalText(),
    phone: optionalText(),
    postal_code: optionalText(),
    province: optionalText(),
    metadata: metadata().optional(),
  })

/** Medusa trims location names. */
const name = () => text().transform((s) => s.trim())

export const CreateStockLocationBody = z
  .object({
    name: name(),
    address: address().optional(),
    address_id: optionalText(),
    metadata: metadata().optional(),
  })
  .strict()

/** The create body's fields, each optional; `address_id` is accepted and ignored on update, as in Medusa. */
export const UpdateStockLocationBody = CreateStockLocationBody.partial()

export const CreateFulfillmentSetBody = z.object({ name: text(), type: text() }).strict()
