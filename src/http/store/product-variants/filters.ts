import { likeSubstring } from "../../../framework/query/index.js"
import { queryFilters } from "../products/filters.js"
import type { StoreProductVariantsQuery, VariantFilterInput } from "./validators.js"

type Filters = Record<string, unknown>

/**
 * `q` on a variant searches its own searchable columns and its product's (title, subtitle,
 * description), as Medusa's searchable `product` relation does — not the product's other variants.
 */
function search(q: string): Filters {
  const pattern = likeSubstring(q)
  const productColumns = ["title", "subtitle", "description"].map((c) => ({ [c]: { $ilike: pattern } }))
  return { $or: [{ q }, { product: { $or: productColumns } }] }
}

function variantFilter(
  input: VariantFilterInput & { $and?: VariantFilterInput[]; $or?: VariantFilterInput[] },
): Filters {
  const { q, $and, $or, ...rest } = input
  const out: Filters = { ...rest }
  const and: Filters[] = []
  // word by word, as Medusa searches (each word in the variant's columns or its product's)
  if (q) and.push(...q.split(/\s+/).filter(Boolean).map(search))
  if ($and) and.push(...$and.map(variantFilter))
  if (and.length) out.$and = and
  if ($or) out.$or = $or.map(variantFilter)
  return out
}

/** Every filter the query string asks for (pricing, paging and channel parameters excluded). */
export function variantListFilters(query: StoreProductVariantsQuery): Filters {
  return variantFilter(queryFilters(query))
}
