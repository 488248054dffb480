import type { z } from "zod"
import { recordFilters, stringFilters } from "./filters.js"

/**
 * The product filters Medusa's admin and store product lists both take. `booleanString` is the
 * route's own parser of `is_giftcard` (the admin's and the store's differ in what they accept).
 */
export const productFilters = <B extends z.ZodType>(booleanString: () => B) =>
  recordFilters({
    ...stringFilters("title", "handle"),
    is_giftcard: booleanString().optional(),
    ...stringFilters(
      "category_id",
      "option_id",
      "option_value_id",
      "external_id",
      "collection_id",
      "tag_id",
      "type_id",
    ),
  })
