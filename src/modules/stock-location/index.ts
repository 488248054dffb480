import { defineModule } from "../../framework/module/define-module.js"
import { initial } from "./migrations/0001_initial.js"
import { StockLocationAddress, StockLocation } from "./models/stock-location.js"
import { StockLocationService } from "./service.js"

export const stockLocationModule = defineModule({
  name: "stock_location",
  migrations: [initial],
  service: StockLocationService,
})

export { StockLocationService, StockLocationAddress, StockLocation }
