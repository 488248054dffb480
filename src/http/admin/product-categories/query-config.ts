import { categoryDefaultFields } from "../../validation/categories.js"

export const DEFAULT_FIELDS = categoryDefaultFields(true)
export const DEFAULT_LIMIT = 50
