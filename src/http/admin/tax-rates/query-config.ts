/** Medusa 2.21.2's defaults for a tax rate: its region and rules. */
export const TAX_RATE_FIELDS = [
  "id",
  "name",
  "code",
  "rate",
  "tax_region_id",
  "is_default",
  "is_combinable",
  "created_by",
  "created_at",
  "updated_at",
  "deleted_at",
  "metadata",
  "*tax_region",
  "*rules",
]
