import { z } from "zod"
import { listQuery, text } from "../../validation/common.js"
import { recordFilters } from "../../validation/filters.js"
import { OPTION_DEFAULT_LIMIT } from "./query-config.js"
import { createOption } from "./validators.js"

/** Medusa's AdminGetProductOptionsParamsFields. */
const optionFilterFields = recordFilters({ title: text().optional() })

/** GET /admin/products/:id/options (AdminGetProductOptionsParams): unknown keys refused, as in Medusa. */
export const ListProductOptionsQuery = listQuery(OPTION_DEFAULT_LIMIT, optionFilterFields)

/**
 * POST /admin/products/:id/options/batch (Medusa's AdminLinkProductOptions). Its `update` (a
 * product's subset of a shared option's values) has nothing to act on here, where options
 * belong to one product: it is refused as an unknown field.
 */
export const ProductOptionsBatchBody = z
  .object({
    add: z.array(z.union([text(), createOption, z.object({ id: text(), value_ids: z.array(text()) })])).optional(),
    remove: z.array(text()).optional(),
  })
  .strict()
