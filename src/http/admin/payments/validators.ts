import { z } from "zod"
import { andOrOperators, listParams, queryBoolean, stringOrArray } from "../../validation/common.js"
import { PAYMENT_PROVIDER_LIMIT } from "./query-config.js"

const providerFilters = {
  id: stringOrArray().optional(),
  is_enabled: queryBoolean().optional(),
}

export const ListPaymentProvidersQuery = z
  .object({ ...listParams(PAYMENT_PROVIDER_LIMIT), ...providerFilters, ...andOrOperators(providerFilters) })
  .strict()
