import { defineModule } from "../../framework/module/define-module.js"
import { initial } from "./migrations/0001_initial.js"
import { PriceList, PriceListPrice, PricePreference } from "./models/price-list.js"
import { PricingService } from "./service.js"

export const pricingModule = defineModule({
  name: "pricing",
  migrations: [initial],
  service: PricingService,
})

export { PricingService, PriceList, PriceListPrice, PricePreference }
