import { recordFilters, stringFilters } from "./filters.js"

/** Filters of product collections (the store's lack `deleted_at`). */
export const collectionFilterFields = recordFilters(stringFilters("title", "handle", "external_id"))
