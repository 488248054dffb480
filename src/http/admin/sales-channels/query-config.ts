export const DEFAULT_FIELDS = [
  "id",
  "name",
  "description",
  "is_disabled",
  "created_at",
  "updated_at",
  "deleted_at",
  "metadata",
]
export const DEFAULT_LIMIT = 20
