import type { z } from "zod"
import { stringOrArray, text, timestampFilters } from "./common.js"

/**
 * The product filters Medusa's admin and store product lists both take. `booleanString` is the
 * route's own parser of `is_giftcard` (the admin's and the store's differ in what they accept).
 */
export const productFilters = <B extends z.ZodType>(booleanString: () => B) => ({
  q: text().optional(),
  id: stringOrArray().optional(),
  title: stringOrArray().optional(),
  handle: stringOrArray().optional(),
  is_giftcard: booleanString().optional(),
  category_id: stringOrArray().optional(),
  option_id: stringOrArray().optional(),
  option_value_id: stringOrArray().optional(),
  external_id: stringOrArray().optional(),
  collection_id: stringOrArray().optional(),
  tag_id: stringOrArray().optional(),
  type_id: stringOrArray().optional(),
  ...timestampFilters(),
})
