import { model } from "../../../framework/model/index.js"
import { sql, ident } from "../../../framework/sql/sql.js"

const sumOfLevels = (column: string) => (alias: string) =>
  sql`SELECT coalesce(sum(l.${ident(column)}), 0) FROM inventory_level l
      WHERE l.inventory_item_id = ${ident(alias, "id")} AND l.deleted_at IS NULL`

/** `{value: "10", precision: 20}`, as Medusa's BigNumber columns render */
const rawQuantity = (column: string) =>
  model.computed({
    type: "json",
    expression: (alias) => sql`json_build_object('value', ${ident(alias, column)}::text, 'precision', 20)`,
  })

export const InventoryLevel = model.define(
  "inventory_level",
  {
    id: model.id({ prefix: "ilev" }).primaryKey(),
    inventory_item_id: model.text(),
    /** a stock location id (another module: no foreign key) */
    location_id: model.text().index(),
    stocked_quantity: model.number().default(0),
    reserved_quantity: model.number().default(0),
    incoming_quantity: model.number().default(0),
    metadata: model.json().nullable(),
    inventory_item: model.belongsTo(() => InventoryItem, { foreignKey: "inventory_item_id" }),
    available_quantity: model.computed({
      type: "number",
      expression: (alias) => sql`${ident(alias, "stocked_quantity")} - ${ident(alias, "reserved_quantity")}`,
    }),
    // Medusa stores quantities as numeric + `raw_*` jsonb and shows both in `*location_levels`
    raw_stocked_quantity: rawQuantity("stocked_quantity"),
    raw_reserved_quantity: rawQuantity("reserved_quantity"),
    raw_incoming_quantity: rawQuantity("incoming_quantity"),
  },
  { indexes: [{ columns: ["inventory_item_id", "location_id"], unique: true }] },
)

export const ReservationItem = model.define(
  "reservation_item",
  {
    id: model.id({ prefix: "resitem" }).primaryKey(),
    line_item_id: model.text().nullable().index(),
    location_id: model.text().index(),
    quantity: model.number(),
    allow_backorder: model.boolean().default(false),
    external_id: model.text().nullable(),
    description: model.text().searchable().nullable(),
    created_by: model.text().nullable(),
    metadata: model.json().nullable(),
    inventory_item_id: model.text(),
    // q also finds a reservation by its item's sku, title, description, hs_code (as Medusa)
    inventory_item: model.belongsTo(() => InventoryItem, { foreignKey: "inventory_item_id" }).searchable(),
  },
  { aliases: ["reservation", "reservations"] },
)

export const InventoryItem = model.define(
  "inventory_item",
  {
    id: model.id({ prefix: "iitem" }).primaryKey(),
    sku: model.text().searchable().nullable().unique(),
    title: model.text().searchable().nullable(),
    description: model.text().searchable().nullable(),
    thumbnail: model.text().nullable(),
    origin_country: model.text().nullable(),
    hs_code: model.text().searchable().nullable(),
    mid_code: model.text().nullable(),
    material: model.text().nullable(),
    unit_of_measure: model.text().nullable(),
    weight: model.number().nullable(),
    length: model.number().nullable(),
    height: model.number().nullable(),
    width: model.number().nullable(),
    requires_shipping: model.boolean().default(true),
    metadata: model.json().nullable(),
    location_levels: model.hasMany(() => InventoryLevel, { foreignKey: "inventory_item_id" }),
    reservation_items: model.hasMany(() => ReservationItem, { foreignKey: "inventory_item_id" }),
    stocked_quantity: model.computed({ type: "number", expression: sumOfLevels("stocked_quantity") }),
    reserved_quantity: model.computed({ type: "number", expression: sumOfLevels("reserved_quantity") }),
  },
  { cascade: ["location_levels", "reservation_items"], aliases: ["inventory", "inventories", "inventory_items"] },
)
