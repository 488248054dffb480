import { defineModule } from "../../framework/module/define-module.js"
import { initial } from "./migrations/0001_initial.js"
import { InventoryItem, InventoryLevel, ReservationItem } from "./models/inventory.js"
import { InventoryService } from "./service.js"

export const inventoryModule = defineModule({
  name: "inventory",
  migrations: [initial],
  service: InventoryService,
})

export { InventoryService, InventoryItem, InventoryLevel, ReservationItem }
export type { ItemAtLocation, LockedLevel } from "./service.js"
