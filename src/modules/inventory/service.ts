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

/** A stock level locked for a reservation, with what it has available on the locked row. */
export interface LockedLevel {
  id: string
  inventory_item_id: string
  location_id: string
  available: number
}

export type ItemAtLocation = { inventory_item_id: string; location_id: string }

const lockedLevels = (rows: LockedLevel[]) => rows.map((l) => ({ ...l, available: Number(l.available) }))

export class InventoryService extends moduleService({ InventoryItem, InventoryLevel, ReservationItem }) {
  /**
   * Updates the live levels found by (item, location), all in one statement. Returns the
   * changed pairs; a pair without a level is simply absent from the result.
   */
  async updateLevelsAt(
    changes: LevelChange[],
  ): Promise<{ id: string; inventory_item_id: string; location_id: string }[]> {
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

  /**
   * Locks the live levels of these items at these locations, `FOR UPDATE` in id order, so
   * concurrent reservations and cart completions queue on the same rows in the same order.
   */
  async lockLevels(itemIds: string[], locationIds: string[]): Promise<LockedLevel[]> {
    return lockedLevels(
      await this.db.query<LockedLevel>(
        sql`SELECT id, inventory_item_id, location_id, (stocked_quantity - reserved_quantity)::float8 AS available
            FROM inventory_level
            WHERE inventory_item_id = ANY(${itemIds}::text[]) AND location_id = ANY(${locationIds}::text[]) AND deleted_at IS NULL
            ORDER BY id
            FOR UPDATE`,
      ),
    )
  }

  /** As lockLevels, for exact (item, location) pairs; a pair without a live level is absent. */
  async lockLevelsAt(pairs: ItemAtLocation[]): Promise<LockedLevel[]> {
    return lockedLevels(
      await this.db.query<LockedLevel>(
        sql`SELECT l.id, l.inventory_item_id, l.location_id, (l.stocked_quantity - l.reserved_quantity)::float8 AS available
            FROM inventory_level l
            JOIN unnest(${pairs.map((p) => p.inventory_item_id)}::text[], ${pairs.map((p) => p.location_id)}::text[]) AS p(item, loc)
              ON l.inventory_item_id = p.item AND l.location_id = p.loc
            WHERE l.deleted_at IS NULL
            ORDER BY l.id
            FOR UPDATE OF l`,
      ),
    )
  }

  /** Adds `delta` to the reserved quantity of each level (by level id), in one statement. */
  async adjustReserved(deltas: Map<string, number>): Promise<void> {
    const changed = [...deltas].filter(([, delta]) => delta !== 0)
    if (changed.length === 0) return
    await this.db.query(
      sql`UPDATE inventory_level l SET reserved_quantity = l.reserved_quantity + u.delta, updated_at = now()
          FROM unnest(${changed.map(([id]) => id)}::text[], ${changed.map(([, d]) => d)}::numeric[]) AS u(id, delta)
          WHERE l.id = u.id`,
    )
  }
}
