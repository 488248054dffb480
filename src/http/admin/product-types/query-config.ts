export const DEFAULT_FIELDS = ["id", "value", "external_id", "created_at", "updated_at", "metadata"]
export const DEFAULT_LIMIT = 10
