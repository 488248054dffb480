import { z } from "zod"
import { listParams, operatorMap, queryNumber, retrieveParams, text } from "../../validation/common.js"
import { stringFilters } from "../../validation/filters.js"
import { DEFAULT_LIMIT } from "./query-config.js"

const idsOrOperators = () => z.union([text(), z.array(text()), operatorMap()])

/**
 * Medusa's schema ends in a transform, so unknown parameters are dropped rather than refused.
 * `sales_channel_id` must be an array (`sales_channel_id[]=sc_1`).
 */
export const ListOrdersQuery = z.object({
  ...listParams(DEFAULT_LIMIT),
  id: idsOrOperators().optional(),
  status: idsOrOperators().optional(),
  sales_channel_id: z.array(text()).max(1000).optional(),
  ...stringFilters("region_id", "customer_id"),
  q: text().optional(),
  created_at: operatorMap().optional(),
  updated_at: operatorMap().optional(),
  total: operatorMap().optional(),
})

/** `version` is any number, as in Medusa (which answers the order as it is). */
export const RetrieveOrderQuery = z.object({ ...retrieveParams(), version: queryNumber().optional() }).strict()
