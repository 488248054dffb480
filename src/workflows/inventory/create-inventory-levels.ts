import type { Container } from "../../app/container.js"
import type { Row } from "../../framework/service/index.js"
import { assertLocationsExist } from "./assert-locations.js"

export interface CreateLevelInput {
  inventory_item_id: string
  location_id: string
  stocked_quantity?: number
  incoming_quantity?: number
}

/**
 * Steps of create-inventory-levels: check the locations · create every level in one statement
 * (an unknown item or an existing pair is refused by the database, in Medusa's words) ·
 * emit `inventory-level.created`.
 */
export async function createInventoryLevelsStep(
  tx: Container,
  levels: CreateLevelInput[],
  options: { locationsChecked?: boolean } = {},
): Promise<Row[]> {
  if (levels.length === 0) return []
  if (!options.locationsChecked)
    await assertLocationsExist(
      tx,
      levels.map((l) => l.location_id),
    )
  const created = await tx.modules.inventory.createInventoryLevels(levels)
  for (const level of created) tx.emit("inventory-level.created", { id: level.id })
  return created
}

export function createInventoryLevelsWorkflow(c: Container, levels: CreateLevelInput[]): Promise<Row[]> {
  return c.transaction((tx) => createInventoryLevelsStep(tx, levels))
}
