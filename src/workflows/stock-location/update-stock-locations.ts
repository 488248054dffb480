import type { Container } from "../../app/container.js"
import type { Row } from "../../framework/service/index.js"
import type { UpdateStockLocationInput } from "../../modules/stock-location/service.js"

/**
 * update-stock-locations: update the location (metadata merges) and its address, or give it a
 * new address · emit `stock-location.updated` / `stock_location.stock-location.updated`.
 * An unknown id updates nothing, as in Medusa.
 */
export function updateStockLocationWorkflow(
  c: Container,
  id: string,
  input: UpdateStockLocationInput,
): Promise<Row | undefined> {
  return c.transaction(async (tx) => {
    const result = await tx.modules.stock_location.updateStockLocationWithAddress(id, input)
    if (!result) return undefined
    tx.emit("stock-location.updated", { id })
    tx.emit("stock_location.stock-location.updated", { id })
    return result.location
  })
}
