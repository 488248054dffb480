import { z } from "zod"
import { linkedQuery, operatorMap, queryBoolean, retrieveParams, stringOrArray, text } from "../../validation/common.js"
import { stringFilters, timestampFilters } from "../../validation/filters.js"
import { CreateCustomerBody } from "../../store/customers/validators.js"
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
export const ListCustomersQuery = linkedQuery(DEFAULT_LIMIT, filterFields, { groups: groupsFilter.optional() })

export const RetrieveQuery = z.object(retrieveParams()).strict()

/** Medusa's CreateCustomer / UpdateCustomer (the same fields): the store's create body and `additional_data` (for hooks). */
export const CustomerBody = CreateCustomerBody.extend({ additional_data: z.record(z.string(), z.unknown()).nullish() })
