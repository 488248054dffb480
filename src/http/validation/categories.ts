import { z } from "zod"
import { andOrOperators, listParams, operatorMap, queryBoolean, retrieveParams, stringOrArray, text } from "./common.js"

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
  const fields = {
    q: text().optional(),
    id: stringOrArray().optional(),
    description: stringOrArray().optional(),
    handle: stringOrArray().optional(),
    parent_category_id: parentFilter().optional(),
    external_id: stringOrArray().nullable().optional(),
    ...treeParams,
    ...extra,
    created_at: operatorMap().optional(),
    updated_at: operatorMap().optional(),
    deleted_at: operatorMap().optional(),
  }
  return z.object({ ...listParams(defaultLimit), ...fields, ...andOrOperators(fields) }).strict()
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
