import type { Container } from "../../app/container.js"
import { notAllowed, notFound } from "../../framework/errors.js"

interface LevelRow {
  id: string
  location_id: string
  stocked_quantity: number
  reserved_quantity: number
}

const unique = (ids: string[]) => [...new Set(ids)]

/**
 * Steps of delete-inventory-levels: read the levels · refuse those with reserved units, and
 * (without `force`) those with stock · soft-delete · emit `inventory-level.deleted`.
 */
export async function deleteInventoryLevelsStep(
  tx: Container,
  filters: Record<string, unknown>,
  force = false,
): Promise<string[]> {
  const { data } = await tx.query.graph<LevelRow>({
    entity: "inventory_level",
    fields: ["id", "location_id", "stocked_quantity", "reserved_quantity"],
    filters,
  })
  // Medusa's step words incoming units too but never reads them: only reservations block here
  const busy = data.filter((l) => l.reserved_quantity > 0)
  if (busy.length) {
    throw notAllowed(
      `Cannot remove Inventory Levels for ${unique(busy.map((l) => l.location_id)).join(", ")} because there are reserved or incoming items at the locations`,
    )
  }
  const stocked = data.filter((l) => !force && l.stocked_quantity > 0)
  if (stocked.length) {
    throw notAllowed(
      `Cannot remove Inventory Levels for ${unique(stocked.map((l) => l.location_id)).join(", ")} because there are stocked items at the locations. Use force flag to delete anyway.`,
    )
  }
  const ids = data.map((l) => l.id)
  if (ids.length) await tx.modules.inventory.softDeleteInventoryLevels(ids)
  for (const id of ids) tx.emit("inventory-level.deleted", { id })
  return ids
}

/**
 * DELETE /admin/inventory-items/:id/location-levels/:location_id: the level must exist and
 * hold no reservation, then delete-inventory-levels (without force). Returns the level id.
 */
export function deleteInventoryLevelWorkflow(c: Container, itemId: string, locationId: string): Promise<string> {
  return c.transaction(async (tx) => {
    const { data } = await tx.query.graph<{ id: string; reserved_quantity: number }>({
      entity: "inventory_level",
      fields: ["id", "reserved_quantity"],
      filters: { inventory_item_id: itemId, location_id: locationId },
    })
    if (!data.length) throw notFound(`Inventory Level for Item ${itemId} at Location ${locationId} not found`)
    const [{ id, reserved_quantity }] = data
    if (reserved_quantity > 0) {
      throw notAllowed(
        `Cannot remove Inventory Level ${itemId} at Location ${locationId} because there are reservations at location`,
      )
    }
    await deleteInventoryLevelsStep(tx, { id: [id] })
    return id
  })
}
