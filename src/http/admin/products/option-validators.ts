import { z } from "zod"
import { andOrOperators, listParams, operatorMap, stringOrArray, text } from "../../validation/common.js"
import { OPTION_DEFAULT_LIMIT } from "./query-config.js"

/** Medusa's AdminGetProductOptionsParamsFields. */
const optionFilterFields = {
  q: text().optional(),
  id: stringOrArray().optional(),
  title: text().optional(),
  created_at: operatorMap().optional(),
  updated_at: operatorMap().optional(),
  deleted_at: operatorMap().optional(),
}

/** GET /admin/products/:id/options (AdminGetProductOptionsParams): unknown keys refused, as in Medusa. */
export const ListProductOptionsQuery = z
  .object({ ...listParams(OPTION_DEFAULT_LIMIT), ...optionFilterFields, ...andOrOperators(optionFilterFields) })
  .strict()
