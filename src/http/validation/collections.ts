import { operatorMap, stringOrArray, text } from "./common.js"

/** Filters of product collections (the store's lack `deleted_at`). */
export const collectionFilterFields = {
  q: text().optional(),
  id: stringOrArray().optional(),
  title: stringOrArray().optional(),
  handle: stringOrArray().optional(),
  external_id: stringOrArray().optional(),
  created_at: operatorMap().optional(),
  updated_at: operatorMap().optional(),
  deleted_at: operatorMap().optional(),
}
