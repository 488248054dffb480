import { defineModule } from "../../framework/module/define-module.js"
import { initial } from "./migrations/0001_initial.js"
import { Customer, CustomerAddress } from "./models/customer.js"
import { CustomerService } from "./service.js"

export const customerModule = defineModule({
  name: "customer",
  models: [Customer, CustomerAddress],
  migrations: [initial],
  service: CustomerService,
})

export { CustomerService, Customer, CustomerAddress }
