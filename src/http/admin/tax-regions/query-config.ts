/** Medusa 2.21.2's defaults for a tax region (a list's too): its provinces, parent and rates with rules. */
export const TAX_REGION_FIELDS = [
  "id",
  "country_code",
  "province_code",
  "parent_id",
  "provider_id",
  "created_by",
  "created_at",
  "updated_at",
  "deleted_at",
  "metadata",
  "*children",
  "*children.tax_rates",
  "*children.tax_rates.rules",
  "*parent",
  "*tax_rates",
  "*tax_rates.rules",
]
