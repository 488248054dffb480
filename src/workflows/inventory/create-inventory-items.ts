import type { Container } from "../../app/container.js"
import type { Row } from "../../framework/service/index.js"
import { assertLocationsExist } from "./assert-locations.js"
import { createInventoryLevelsStep } from "./create-inventory-levels.js"

export interface InventoryItemFields {
  sku?: string | null
  hs_code?: string | null
  weight?: number | null
  length?: number | null
  height?: number | null
  width?: number | null
  origin_country?: string | null
  mid_code?: string | null
  material?: string | null
  unit_of_measure?: string | null
  title?: string | null
  description?: string | null
  requires_shipping?: boolean
  thumbnail?: string | null
  metadata?: Record<string, unknown> | null
}

export interface CreateInventoryItemInput extends InventoryItemFields {
  location_levels?: { location_id: string; stocked_quantity?: number; incoming_quantity?: number }[]
}

/**
 * Steps of create-inventory-items: check the levels' locations · create the items (one
 * statement) · create their levels · emit `inventory-level.created`, `inventory-item.created`.
 */
export async function createInventoryItemsStep(tx: Container, items: CreateInventoryItemInput[]): Promise<Row[]> {
  if (items.length === 0) return []
  await assertLocationsExist(
    tx,
    items.flatMap((i) => (i.location_levels ?? []).map((l) => l.location_id)),
  )
  const created = await tx.modules.inventory.createInventoryItems(items.map(({ location_levels: _, ...item }) => item))
  const levels = items.flatMap((item, i) =>
    (item.location_levels ?? []).map((l) => ({ ...l, inventory_item_id: created[i].id })),
  )
  await createInventoryLevelsStep(tx, levels, { locationsChecked: true })
  for (const item of created) tx.emit("inventory-item.created", { id: item.id })
  return created
}

export function createInventoryItemsWorkflow(c: Container, items: CreateInventoryItemInput[]): Promise<Row[]> {
  return c.transaction((tx) => createInventoryItemsStep(tx, items))
}
