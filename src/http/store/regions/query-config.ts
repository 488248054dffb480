export const DEFAULT_FIELDS = [
  "id",
  "name",
  "currency_code",
  "created_at",
  "updated_at",
  "deleted_at",
  "metadata",
  "*countries",
]
export const DEFAULT_LIMIT = 50

/** What a storefront may ask for (exact names; anything else is dropped, as in Medusa 2.21). */
export const ALLOWED_FIELDS: ReadonlySet<string> = new Set([
  ...DEFAULT_FIELDS.map((f) => f.replace(/^\*|\.\*$/g, "")),
  "countries.id",
  "countries.iso_2",
  "countries.iso_3",
  "countries.num_code",
  "countries.name",
  "countries.display_name",
  "payment_providers",
  "payment_providers.id",
  "payment_providers.is_enabled",
])
