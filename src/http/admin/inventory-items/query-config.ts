/** Default fields of the admin inventory routes (Medusa 2.21's inventory-items and reservations query configs). */

export const LEVEL_DEFAULT_FIELDS = [
  "id",
  "inventory_item_id",
  "location_id",
  "stocked_quantity",
  "reserved_quantity",
  "incoming_quantity",
  "available_quantity",
  "metadata",
  "created_at",
  "updated_at",
]

export const DEFAULT_FIELDS = [
  "id",
  "sku",
  "title",
  "description",
  "thumbnail",
  "origin_country",
  "hs_code",
  "requires_shipping",
  "mid_code",
  "material",
  "unit_of_measure",
  "weight",
  "length",
  "height",
  "width",
  "metadata",
  "reserved_quantity",
  "stocked_quantity",
  "created_at",
  "updated_at",
  "*location_levels",
]

/** What the batch routes answer for each level: the module's row (no available quantity for new ones). */
const LEVEL_ROW = [
  "id",
  "location_id",
  "metadata",
  "inventory_item_id",
  "raw_stocked_quantity",
  "raw_reserved_quantity",
  "raw_incoming_quantity",
  "created_at",
  "updated_at",
  "deleted_at",
  "stocked_quantity",
  "reserved_quantity",
  "incoming_quantity",
]
export const CREATED_LEVEL_FIELDS = LEVEL_ROW
// Medusa's updated rows also carry a stub of their item
export const UPDATED_LEVEL_FIELDS = [
  ...LEVEL_ROW,
  "available_quantity",
  "inventory_item.id",
  "inventory_item.reserved_quantity",
  "inventory_item.stocked_quantity",
]

export const RESERVATION_DEFAULT_FIELDS = [
  "id",
  "location_id",
  "inventory_item_id",
  "quantity",
  "line_item_id",
  "description",
  "metadata",
  "created_at",
  "updated_at",
  // Medusa prefixes the item defaults; its `inventory_item.*location_levels` matches nothing
  ...DEFAULT_FIELDS.filter((f) => !f.startsWith("*")).map((f) => `inventory_item.${f}`),
]

export const DEFAULT_LIMIT = 20
export const LEVEL_DEFAULT_LIMIT = 50
export const RESERVATION_DEFAULT_LIMIT = 20
