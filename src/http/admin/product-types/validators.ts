import { valueRecordSchemas } from "../../validation/value-records.js"
import { DEFAULT_LIMIT } from "./query-config.js"

export const ProductTypeSchemas = valueRecordSchemas(DEFAULT_LIMIT)
