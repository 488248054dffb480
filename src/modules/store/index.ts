import { defineModule } from "../../framework/module/define-module.js"
import { initial } from "./migrations/0001_initial.js"
import { Store, StoreCurrency } from "./models/store.js"
import { StoreService } from "./service.js"

export const storeModule = defineModule({
  name: "store",
  models: [Store, StoreCurrency],
  migrations: [initial],
  service: StoreService,
})

export { StoreService, Store, StoreCurrency }
