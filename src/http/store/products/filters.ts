import { asList } from "../../validation/common.js"
import type { ProductFilterInput, StoreProductsQuery, VariantFilterInput } from "./validators.js"

/**
 * Store product query parameters → Query filters on `product`, as Medusa's
 * transformProductParams shapes them: `tag_id` → `tags.id`, `category_id` → `categories.id`,
 * `option_id` → `options.id`, `option_value_id` → a variant carrying, for every option the
 * given values belong to, one of them. The channel and status rules are added by the caller.
 */

type Filters = Record<string, unknown>

const present = (v: unknown) => v !== undefined && v !== null && v !== "" && !(Array.isArray(v) && v.length === 0)

/**
 * Medusa keeps products with a variant that has, for each option group among the values, one
 * of the values of that group. Grouping needs no lookup: for each value x the variant must have
 * a listed value of x's option.
 */
function optionValueCondition(ids: string[]): Filters {
  const unique = [...new Set(ids)]
  return { variants: { $and: unique.map((x) => ({ options: { id: unique, option: { values: { id: x } } } })) } }
}

export function productFilter(input: ProductFilterInput): Filters {
  const { tag_id, category_id, option_id, option_value_id, ...rest } = input
  const out: Filters = { ...rest }
  const and: Filters[] = []
  if (present(tag_id)) out.tags = { id: tag_id }
  if (present(category_id)) out.categories = { id: category_id }
  if (present(option_id)) out.options = { id: option_id }
  if (present(option_value_id)) and.push(optionValueCondition(asList(option_value_id!)))
  if (and.length) out.$and = and
  return out
}

function variantFilter(input: VariantFilterInput): Filters {
  const { $and, $or, ...rest } = input
  const out: Filters = { ...rest }
  if ($and) out.$and = $and.map(variantFilter)
  if ($or) out.$or = $or.map(variantFilter)
  return out
}

/** The query parameters of a store catalogue list that are not filters: paging, fields, pricing, channel. */
const NOT_FILTERS = [
  "fields",
  "limit",
  "offset",
  "order",
  "with_deleted",
  "region_id",
  "country_code",
  "province",
  "cart_id",
  "sales_channel_id",
] as const
type NotFilter = (typeof NOT_FILTERS)[number]

/** The query without its paging, fields, pricing and channel parameters: the filters it asks for. */
export function queryFilters<Q extends Partial<Record<NotFilter, unknown>>>(query: Q): Omit<Q, NotFilter> {
  const filters: Partial<Q> = { ...query }
  for (const key of NOT_FILTERS) delete filters[key]
  return filters as Omit<Q, NotFilter>
}

/** Every filter the query string asks for (pricing, paging and channel parameters excluded). */
export function productListFilters(q: StoreProductsQuery): Filters {
  const { variants, $and, $or, ...direct } = queryFilters(q)
  const out = productFilter(direct)
  const and = (out.$and as Filters[] | undefined) ?? []
  if ($and) and.push(...$and.map(productFilter))
  if (variants) and.push({ variants: variantFilter(variants) })
  if (and.length) out.$and = and
  if ($or) out.$or = $or.map(productFilter)
  return out
}
