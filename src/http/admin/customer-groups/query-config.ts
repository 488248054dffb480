/** Medusa 2.21.2's defaultAdminCustomerGroupFields. */
export const DEFAULT_FIELDS = ["id", "name", "created_by", "created_at", "updated_at", "deleted_at", "metadata"]
export const DEFAULT_LIMIT = 50
