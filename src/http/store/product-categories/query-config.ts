import { categoryDefaultFields } from "../../validation/categories.js"
import { allowedFields } from "../records.js"

export const DEFAULT_FIELDS = categoryDefaultFields(false)
export const DEFAULT_LIMIT = 50

const CATEGORY_FIELDS = [
  "id",
  "name",
  "description",
  "handle",
  "rank",
  "external_id",
  "parent_category_id",
  "created_at",
  "updated_at",
  "deleted_at",
]

/** Medusa's nested paths: every level of parent_category / category_children, three deep. */
function nestedCategoryFields(depth: number): string[] {
  const paths: string[] = []
  let prefixes = ["parent_category", "category_children"]
  for (let level = 1; level <= depth; level++) {
    if (level > 1) paths.push(...prefixes)
    for (const prefix of prefixes) paths.push(...CATEGORY_FIELDS.map((f) => `${prefix}.${f}`))
    prefixes = prefixes.flatMap((p) => [`${p}.parent_category`, `${p}.category_children`])
  }
  return paths
}

/** Medusa also allows `products` and some of their fields: not offered here, see /store/products?category_id=… */
export const ALLOWED_FIELDS = allowedFields(DEFAULT_FIELDS, ["deleted_at", ...nestedCategoryFields(3)])
