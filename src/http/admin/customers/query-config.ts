import { ADDRESS_FIELDS as STORE_ADDRESS_FIELDS } from "../../store/customers/query-config.js"

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

/** Medusa 2.21's `defaultAdminCustomerAddressFields`: the store's without the default flags (given when asked for). */
export const ADDRESS_FIELDS = STORE_ADDRESS_FIELDS.filter((f) => !f.startsWith("is_default_"))
