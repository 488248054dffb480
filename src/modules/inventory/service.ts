import { moduleService } from "../../framework/service/index.js"
import { InventoryItem, InventoryLevel, ReservationItem } from "./models/inventory.js"

export class InventoryService extends moduleService({ InventoryItem, InventoryLevel, ReservationItem }) {}
