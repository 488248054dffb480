import type { Container } from "../../app/container.js"
import type { Row } from "../../framework/service/index.js"
import type { InventoryItemFields } from "./create-inventory-items.js"

/** update-inventory-items: update (metadata merges; unknown id → not_found) · emit `inventory-item.updated`. */
export function updateInventoryItemWorkflow(c: Container, id: string, update: InventoryItemFields): Promise<Row> {
  return c.transaction(async (tx) => {
    const item = await tx.modules.inventory.updateInventoryItems(id, update)
    tx.emit("inventory-item.updated", { id })
    return item
  })
}
