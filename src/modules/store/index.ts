import { defineModule } from "../../framework/module/define-module.js"
import { initial } from "./migrations/0001_initial.js"
import { currency } from "./migrations/0002_currency.js"
import { Currency } from "./models/currency.js"
import { Store, StoreCurrency } from "./models/store.js"
import { StoreService } from "./service.js"

export const storeModule = defineModule({
  name: "store",
  migrations: [initial, currency],
  service: StoreService,
})

export { StoreService, Store, StoreCurrency, Currency }
