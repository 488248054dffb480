import { categoryListQuery, RetrieveCategoryQuery } from "../../validation/categories.js"
import { stringOrArray } from "../../validation/common.js"
import { DEFAULT_LIMIT } from "./query-config.js"

export const ListStoreCategoriesQuery = categoryListQuery(DEFAULT_LIMIT, { name: stringOrArray().optional() })
export const RetrieveStoreCategoryQuery = RetrieveCategoryQuery
