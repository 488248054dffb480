/** Medusa 2.21's store customer fields (store/customers/query-config). */
export const ADDRESS_FIELDS = [
  "id",
  "address_name",
  "company",
  "customer_id",
  "first_name",
  "last_name",
  "address_1",
  "address_2",
  "city",
  "province",
  "postal_code",
  "country_code",
  "phone",
  "metadata",
  "is_default_shipping",
  "is_default_billing",
  "created_at",
  "updated_at",
]

export const CUSTOMER_FIELDS = [
  "id",
  "email",
  "company_name",
  "first_name",
  "last_name",
  "phone",
  "metadata",
  "has_account",
  "deleted_at",
  "created_at",
  "updated_at",
  "*addresses",
]

export const DEFAULT_LIMIT = 50

/**
 * What a store client may ask for (Medusa's buildAllowedFields): the customer's default fields,
 * its addresses' and `*orders`; anything else (`created_by`, `groups`) is left out, not refused.
 */
export const ALLOWED_CUSTOMER_FIELDS: ReadonlySet<string> = new Set([
  ...CUSTOMER_FIELDS.filter((f) => !f.startsWith("*")),
  "addresses",
  ...ADDRESS_FIELDS.map((f) => `addresses.${f}`),
  "orders",
])

/** An address's own fields only (Medusa's store address query config allows its defaults). */
export const ALLOWED_ADDRESS_FIELDS: ReadonlySet<string> = new Set(ADDRESS_FIELDS)
