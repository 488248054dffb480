import type { Container } from "../../app/container.js"

/**
 * delete-stock-locations: soft-delete the locations and their addresses · soft-delete their
 * sales channel links · emit `stock-location.deleted` / `stock_location.stock-location.deleted`.
 * Inventory levels at the locations stay, as in Medusa.
 */
export function deleteStockLocationsWorkflow(c: Container, ids: string[]): Promise<string[]> {
  return c.transaction(async (tx) => {
    const removed = await tx.modules.stock_location.softDeleteStockLocationsWithAddresses(ids)
    const deleted = removed.stock_location_id ?? []
    await tx.link.delete({ stock_location: { stock_location_id: deleted } })
    for (const id of deleted) {
      tx.emit("stock-location.deleted", { id })
      tx.emit("stock_location.stock-location.deleted", { id })
    }
    return deleted
  })
}
