/** Medusa 2.21's defaultAdminShippingProfileFields (no deleted_at) and list limit. */
export const DEFAULT_FIELDS = ["id", "name", "type", "metadata", "created_at", "updated_at"]
export const DEFAULT_LIMIT = 20
