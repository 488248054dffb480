import { moduleService } from "../../framework/service/index.js"
import { StockLocationAddress, StockLocation } from "./models/stock-location.js"

export class StockLocationService extends moduleService({ StockLocation, StockLocationAddress }) {}
