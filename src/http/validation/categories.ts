import { z } from "zod"
import { listQuery, queryBoolean, retrieveParams, stringOrArray } from "./common.js"
import { recordFilters, stringFilters } from "./filters.js"

/** `parent_category_id=null` asks for the roots, as in Medusa. */
const parentFilter = () => z.preprocess((v) => (v === "null" ? null : v), stringOrArray().nullable())

/** Medusa's tree parameters: the GETs build the trees (helpers/category-tree.ts). */
export const treeParams = {
  include_ancestors_tree: queryBoolean().optional(),
  include_descendants_tree: queryBoolean().optional(),
}
export const TREE_PARAMS = Object.keys(treeParams)

/** The list filters of product categories; the store adds `name`, the admin `is_active` / `is_internal`. */
export function categoryListQuery(defaultLimit: number, extra: z.ZodRawShape) {
  return listQuery(
    defaultLimit,
    recordFilters({
      ...stringFilters("description", "handle"),
      parent_category_id: parentFilter().optional(),
      external_id: stringOrArray().nullable().optional(),
      ...treeParams,
      ...extra,
    }),
  )
}

export const RetrieveCategoryQuery = z.object({ ...retrieveParams(), ...treeParams }).strict()

/** Medusa's default fields of a category read; the admin's add `is_active` and `is_internal` after `handle`. */
export function categoryDefaultFields(admin: boolean): string[] {
  return [
    "id",
    "name",
    "description",
    "handle",
    ...(admin ? ["is_active", "is_internal"] : []),
    "rank",
    "external_id",
    "parent_category_id",
    "created_at",
    "updated_at",
    "metadata",
    "*parent_category",
    "*category_children",
  ]
}
