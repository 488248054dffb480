export const DEFAULT_FIELDS = [
  "id",
  "first_name",
  "last_name",
  "email",
  "avatar_url",
  "metadata",
  "created_at",
  "updated_at",
  "deleted_at",
]
export const DEFAULT_LIMIT = 50
