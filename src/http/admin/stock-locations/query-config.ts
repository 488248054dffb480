/** Medusa's defaults: no `address_id`, no `address.company` (ask for them with `+`). */
export const DEFAULT_FIELDS = [
  "id",
  "name",
  "metadata",
  "created_at",
  "updated_at",
  "address.id",
  "address.address_1",
  "address.address_2",
  "address.city",
  "address.country_code",
  "address.phone",
  "address.province",
  "address.postal_code",
  "address.metadata",
]
export const DEFAULT_LIMIT = 20
