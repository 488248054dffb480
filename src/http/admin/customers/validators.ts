import { z } from "zod"
import {
  andOrOperators,
  listParams,
  metadata,
  operatorMap,
  queryBoolean,
  retrieveParams,
  stringOrArray,
  text,
} from "../../validation/common.js"
import { stringFilters, timestampFilters } from "../../validation/filters.js"
import { AddressBody as StoreAddressBody } from "../../store/customers/validators.js"
import { DEFAULT_LIMIT } from "./query-config.js"

const filterFields = {
  q: text().optional(),
  id: z.union([stringOrArray(), operatorMap()]).optional(),
  ...stringFilters("email", "company_name", "first_name", "last_name"),
  has_account: queryBoolean().optional(),
  created_by: stringOrArray().optional(),
  ...timestampFilters(),
}

/** Medusa's AdminCustomerGroupInCustomerParams: a filter on the customer's groups. */
const groupsFilter = z.union([
  z
    .object({
      ...stringFilters("id", "name"),
      ...timestampFilters(),
    })
    .strict(),
  stringOrArray(),
])

/** Medusa's AdminCustomersParams. */
export const ListCustomersQuery = z
  .object({
    ...listParams(DEFAULT_LIMIT),
    ...filterFields,
    groups: groupsFilter.optional(),
    ...andOrOperators(filterFields),
  })
  .strict()

export const RetrieveQuery = z.object(retrieveParams()).strict()

/** Medusa's CreateCustomer / UpdateCustomer (the same fields); `additional_data` is for hooks. */
export const CustomerBody = z
  .object({
    email: z.string().max(65_536).email().nullish(),
    company_name: text().nullish(),
    first_name: text().nullish(),
    last_name: text().nullish(),
    phone: text().nullish(),
    metadata: metadata().optional(),
    additional_data: z.record(z.string(), z.unknown()).nullish(),
  })
  .strict()

/** Medusa's AdminCreateCustomerAddress (also the update): the store's address body and `additional_data`. */
export const AddressBody = StoreAddressBody.extend({ additional_data: z.record(z.string(), z.unknown()).nullish() })

export const ListAddressesQuery = z
  .object({
    ...listParams(DEFAULT_LIMIT),
    q: text().optional(),
    ...stringFilters("company", "city", "country_code", "province", "postal_code"),
  })
  .strict()
