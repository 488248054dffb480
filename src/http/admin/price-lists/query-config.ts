/** Medusa 2.21.2's adminPriceListRemoteQueryFields (its `price_list_rules` shown as `rules`). */
export const DEFAULT_FIELDS = [
  "id",
  "type",
  "description",
  "title",
  "status",
  "starts_at",
  "ends_at",
  "created_at",
  "updated_at",
  "deleted_at",
  "metadata",
  "rules",
]

/** Medusa 2.21.2's adminPriceListPriceQueryFields (`price_set.variant.id`, `price_rules`). */
export const PRICE_FIELDS = [
  "id",
  "currency_code",
  "amount",
  "min_quantity",
  "max_quantity",
  "created_at",
  "deleted_at",
  "updated_at",
  "price_set_id",
  "price_set",
  "price_rules",
]
export const DEFAULT_LIMIT = 50
