export const DEFAULT_FIELDS = [
  "id",
  "name",
  "currency_code",
  "created_at",
  "updated_at",
  "deleted_at",
  "automatic_taxes",
  "metadata",
  "*countries",
]
export const DEFAULT_LIMIT = 50
