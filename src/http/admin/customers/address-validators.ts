import { z } from "zod"
import { plainListQuery, text } from "../../validation/common.js"
import { stringFilters } from "../../validation/filters.js"
import { AddressBody as StoreAddressBody } from "../../store/customers/validators.js"
import { DEFAULT_LIMIT } from "./query-config.js"

/** Medusa's AdminCreateCustomerAddress (also the update): the store's address body and `additional_data`. */
export const AddressBody = StoreAddressBody.extend({ additional_data: z.record(z.string(), z.unknown()).nullish() })

export const ListAddressesQuery = plainListQuery(DEFAULT_LIMIT, {
  q: text().optional(),
  ...stringFilters("company", "city", "country_code", "province", "postal_code"),
})
