import { allowedFields } from "../records.js"

export const DEFAULT_FIELDS = ["id", "title", "handle", "external_id", "created_at", "updated_at"]
export const DEFAULT_LIMIT = 10
/** Medusa also allows `products` and its fields (published products): not offered here, see /store/products?collection_id=… */
export const ALLOWED_FIELDS = allowedFields(DEFAULT_FIELDS, ["metadata", "deleted_at"])
