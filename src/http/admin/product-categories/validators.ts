import { z } from "zod"
import { categoryListQuery } from "../../validation/categories.js"
import { metadata, queryBoolean, text } from "../../validation/common.js"
import { DEFAULT_LIMIT } from "./query-config.js"

export { RetrieveCategoryQuery } from "../../validation/categories.js"

export const ListCategoriesQuery = categoryListQuery(DEFAULT_LIMIT, {
  is_internal: queryBoolean().optional(),
  is_active: queryBoolean().optional(),
})

const fields = {
  description: text().optional(),
  handle: text().optional(),
  is_internal: z.boolean().optional(),
  is_active: z.boolean().optional(),
  parent_category_id: text().nullable().optional(),
  external_id: text().nullable().optional(),
  metadata: metadata().optional(),
  rank: z.number().nonnegative().optional(),
  additional_data: z.record(z.string(), z.unknown()).optional(),
}

export const CreateCategoryBody = z.object({ name: text(), ...fields }).strict()
export const UpdateCategoryBody = z.object({ name: text().optional(), ...fields }).strict()
