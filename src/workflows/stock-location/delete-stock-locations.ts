import type { Container } from "../../app/container.js"
import { deleteFulfillmentSetsStep } from "../fulfillment/fulfillment-sets.js"

/**
 * delete-stock-locations: soft-delete the locations and their addresses · soft-delete their
 * fulfillment sets (with their zones and shipping options, as Medusa's link cascades) · soft-delete
 * their links · emit `stock-location.deleted` / `stock_location.stock-location.deleted`.
 * Inventory levels at the locations stay, as in Medusa.
 */
export function deleteStockLocationsWorkflow(c: Container, ids: string[]): Promise<string[]> {
  return c.transaction(async (tx) => {
    const removed = await tx.modules.stock_location.softDeleteStockLocationsWithAddresses(ids)
    const deleted = removed.stock_location_id ?? []
    const { data: sets } = await tx.query.graph<{ fulfillment_set_id: string }>({
      entity: "location_fulfillment_set",
      fields: ["fulfillment_set_id"],
      filters: { stock_location_id: deleted },
    })
    if (sets.length)
      await deleteFulfillmentSetsStep(
        tx,
        sets.map((s) => s.fulfillment_set_id),
      )
    await tx.link.delete({ stock_location: { stock_location_id: deleted } })
    for (const id of deleted) {
      tx.emit("stock-location.deleted", { id })
      tx.emit("stock_location.stock-location.deleted", { id })
    }
    return deleted
  })
}
