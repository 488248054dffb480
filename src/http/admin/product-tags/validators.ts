import { valueRecordSchemas } from "../../validation/value-records.js"
import { DEFAULT_LIMIT } from "./query-config.js"

export const ProductTagSchemas = valueRecordSchemas(DEFAULT_LIMIT)
