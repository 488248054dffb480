/** Medusa 2.21's defaultAdminFulfillmentSetsFields */
export const DEFAULT_FIELDS = [
  "id",
  "name",
  "type",
  "created_at",
  "updated_at",
  "deleted_at",
  "*service_zones",
  "*service_zones.geo_zones",
]

/** Medusa's service zone retrieve defaults (its `type` names nothing on a zone and is left out) */
export const SERVICE_ZONE_FIELDS = ["id", "name", "type", "created_at", "updated_at", "deleted_at", "*geo_zones"]
