import type { Container } from "../../app/container.js"
import { invalidData } from "../../framework/errors.js"
import { emitDeleted } from "../common/emit-deleted.js"

/**
 * Steps of delete-inventory-item: refuse items with reservations · soft-delete them (their
 * levels and reservations follow) · soft-delete their variant links · emit `inventory-item.deleted`.
 */
export async function deleteInventoryItemsStep(tx: Container, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return []
  const { data } = await tx.query.graph<{ id: string; reserved_quantity: number }>({
    entity: "inventory_item",
    fields: ["id", "reserved_quantity"],
    filters: { id: ids },
  })
  const reserved = data.filter((i) => Number(i.reserved_quantity) > 0)
  if (reserved.length) {
    throw invalidData(
      `Cannot remove following inventory item(s) since they have reservations: [${reserved.map((i) => i.id).join(", ")}].`,
    )
  }
  const removed = await tx.modules.inventory.softDeleteInventoryItems(ids)
  const deleted = removed.inventory_item_id ?? []
  await tx.link.delete({ inventory: { inventory_item_id: deleted } })
  return emitDeleted(tx, "inventory-item.deleted", deleted)
}

export function deleteInventoryItemsWorkflow(c: Container, ids: string[]): Promise<string[]> {
  return c.transaction((tx) => deleteInventoryItemsStep(tx, ids))
}
