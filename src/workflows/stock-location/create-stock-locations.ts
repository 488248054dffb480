import type { Container } from "../../app/container.js"
import type { ModelRow } from "../../framework/service/index.js"
import type { StockLocation } from "../../modules/stock-location/models/stock-location.js"
import type { CreateStockLocationInput } from "../../modules/stock-location/service.js"

/**
 * create-stock-locations: check reused addresses (exist, not taken) · create the locations with
 * their addresses · emit `stock-location.created` and the module event
 * `stock_location.stock-location.created` for each.
 */
export function createStockLocationsWorkflow(
  c: Container,
  input: CreateStockLocationInput[],
): Promise<ModelRow<typeof StockLocation>[]> {
  return c.transaction(async (tx) => {
    const locations = await tx.modules.stock_location.createStockLocationsWithAddresses(input)
    for (const { id } of locations) {
      tx.emit("stock-location.created", { id })
      tx.emit("stock_location.stock-location.created", { id })
    }
    return locations
  })
}
