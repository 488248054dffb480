/** Medusa 2.21's admin customer fields (admin/customers/query-config). */
export const DEFAULT_FIELDS = [
  "id",
  "company_name",
  "first_name",
  "last_name",
  "email",
  "phone",
  "metadata",
  "has_account",
  "created_by",
  "created_at",
  "updated_at",
  "deleted_at",
]
export const DEFAULT_LIMIT = 50
