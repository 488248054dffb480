import { listQuery, queryBoolean, stringOrArray } from "../../validation/common.js"
import { PAYMENT_PROVIDER_LIMIT } from "./query-config.js"

const providerFilters = {
  id: stringOrArray().optional(),
  is_enabled: queryBoolean().optional(),
}

export const ListPaymentProvidersQuery = listQuery(PAYMENT_PROVIDER_LIMIT, providerFilters)
