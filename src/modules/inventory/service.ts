import { moduleService } from "../../framework/service/index.js"
import { sql } from "../../framework/sql/sql.js"
import { InventoryItem, InventoryLevel, ReservationItem } from "./models/inventory.js"

/** A change to the level of an item at a location (absent keys are left alone). */
export interface LevelChange {
  inventory_item_id: string
  location_id: string
  stocked_quantity?: number
  incoming_quantity?: number
}

export class InventoryService extends moduleService({ InventoryItem, InventoryLevel, ReservationItem }) {
  /**
   * Updates the live levels found by (item, location), all in one statement. Returns the
   * changed pairs; a pair without a level is simply absent from the result.
   */
  async updateLevelsAt(changes: LevelChange[]): Promise<{ id: string; inventory_item_id: string; location_id: string }[]> {
    if (changes.length === 0) return []
    return this.db.query(sql`UPDATE inventory_level l SET
        stocked_quantity = CASE WHEN u.doc ? 'stocked_quantity' THEN u.stocked_quantity ELSE l.stocked_quantity END,
        incoming_quantity = CASE WHEN u.doc ? 'incoming_quantity' THEN u.incoming_quantity ELSE l.incoming_quantity END,
        updated_at = now()
      FROM (SELECT d AS doc, r.* FROM jsonb_array_elements(${JSON.stringify(changes)}::jsonb) d,
              LATERAL jsonb_populate_record(NULL::inventory_level, d) r) u
      WHERE l.inventory_item_id = u.inventory_item_id AND l.location_id = u.location_id AND l.deleted_at IS NULL
      RETURNING l.id, l.inventory_item_id, l.location_id`)
  }
}
