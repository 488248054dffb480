/**
 * Medusa 2.21's defaultAdminShippingOptionFields, with what its ORM adds to them: the foreign
 * keys of the relations it loads and the zone's `fulfillment_set: {id}`.
 */
export const DEFAULT_FIELDS = [
  "id",
  "name",
  "price_type",
  "data",
  "provider_id",
  "metadata",
  "created_at",
  "updated_at",
  "service_zone_id",
  "shipping_profile_id",
  "*rules",
  "*type",
  "*prices",
  "*prices.price_rules",
  "*service_zone",
  "service_zone.fulfillment_set.id",
  "*shipping_profile",
  "*provider",
]
export const DEFAULT_LIMIT = 20
