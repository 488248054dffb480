import type { z } from "zod"
import type { ListProductsQuery, ListVariantsQuery } from "./validators.js"

type Filters = Record<string, unknown>
const asList = (v: unknown) => (v === undefined ? undefined : Array.isArray(v) ? v : [v])

/**
 * Query filters of GET /admin/products: the id parameters of related records become filters
 * across relations and links (`sales_channel_id` → `{ sales_channels: { id } }`), resolved by
 * the database in the same statement; also inside `$and` / `$or`.
 */
export function productFilters(input: Filters): Filters {
  const { sales_channel_id, tag_id, category_id, option_id, option_value_id, $and, $or, ...rest } = input
  const out: Filters = { ...rest }
  if (sales_channel_id !== undefined) out.sales_channels = { id: asList(sales_channel_id) }
  if (tag_id !== undefined) out.tags = { id: tag_id }
  if (category_id !== undefined) out.categories = { id: category_id }
  if (option_id !== undefined || option_value_id !== undefined) {
    out.options = {
      ...(option_id !== undefined ? { id: option_id } : {}),
      ...(option_value_id !== undefined ? { values: { id: option_value_id } } : {}),
    }
  }
  if (Array.isArray($and)) out.$and = $and.map((f) => productFilters(f as Filters))
  if (Array.isArray($or)) out.$or = $or.map((f) => productFilters(f as Filters))
  return out
}

export function listProductFilters(q: z.infer<typeof ListProductsQuery>): Filters {
  const { fields, limit, offset, order, with_deleted, price_list_id, ...filters } = q
  const out = productFilters(filters)
  // there are no price lists here: a price list filter matches nothing
  if (price_list_id?.length) out.$and = [...((out.$and as Filters[]) ?? []), { id: [] }]
  return out
}

export function listVariantFilters(q: z.infer<typeof ListVariantsQuery>): Filters {
  const { fields, limit, offset, order, with_deleted, ...filters } = q
  return filters
}
