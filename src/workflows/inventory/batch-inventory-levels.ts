import type { Container } from "../../app/container.js"
import type { LevelChange } from "../../modules/inventory/service.js"
import { assertLocationsExist } from "./assert-locations.js"
import { createInventoryLevelsStep, type CreateLevelInput } from "./create-inventory-levels.js"
import { deleteInventoryLevelsStep } from "./delete-inventory-levels.js"
import { updateInventoryLevelsStep } from "./update-inventory-levels.js"

export interface BatchLevelsInput {
  create?: CreateLevelInput[]
  update?: LevelChange[]
  /** level ids */
  delete?: string[]
  force?: boolean
}

export interface BatchLevelsResult {
  created: string[]
  updated: string[]
}

/**
 * batch-inventory-item-levels: check the new levels' locations and the deletions first ·
 * create (one statement) · update (one statement) · delete · events per level. Beyond Medusa,
 * new levels must be at existing locations (Medusa's batch step does not look).
 */
export function batchInventoryLevelsWorkflow(c: Container, input: BatchLevelsInput): Promise<BatchLevelsResult> {
  return c.transaction(async (tx) => {
    await assertLocationsExist(
      tx,
      (input.create ?? []).map((l) => l.location_id),
    )
    if (input.delete?.length) await deleteInventoryLevelsStep(tx, { id: input.delete }, input.force ?? false)
    const created = await createInventoryLevelsStep(tx, input.create ?? [], { locationsChecked: true })
    const updated = await updateInventoryLevelsStep(tx, input.update ?? [])
    return { created: created.map((l) => l.id), updated }
  })
}
