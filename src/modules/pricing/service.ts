import { moduleService } from "../../framework/service/index.js"
import { PriceList, PriceListPrice, PricePreference } from "./models/price-list.js"

export class PricingService extends moduleService({ PriceList, PriceListPrice, PricePreference }) {}
