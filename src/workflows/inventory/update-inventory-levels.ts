import type { Container } from "../../app/container.js"
import { notFound } from "../../framework/errors.js"
import type { LevelChange } from "../../modules/inventory/service.js"

/**
 * Steps of update-inventory-levels: update the levels of (item, location) pairs in one
 * statement · a pair without a level refuses the whole request (`Item <i> is not stocked at
 * location <l>`) · emit `inventory-level.updated`. Returns the level ids.
 */
export async function updateInventoryLevelsStep(tx: Container, changes: LevelChange[]): Promise<string[]> {
  if (changes.length === 0) return []
  const updated = await tx.modules.inventory.updateLevelsAt(changes)
  const found = new Set(updated.map((l) => `${l.inventory_item_id}\u0000${l.location_id}`))
  const missing = changes.filter((c) => !found.has(`${c.inventory_item_id}\u0000${c.location_id}`))
  if (missing.length) {
    throw notFound(
      missing.map((m) => `Item ${m.inventory_item_id} is not stocked at location ${m.location_id}`).join(", "),
    )
  }
  const ids = [...new Set(updated.map((l) => l.id))]
  for (const id of ids) tx.emit("inventory-level.updated", { id })
  return ids
}

export function updateInventoryLevelsWorkflow(c: Container, changes: LevelChange[]): Promise<string[]> {
  return c.transaction((tx) => updateInventoryLevelsStep(tx, changes))
}
