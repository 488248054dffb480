import { defineModule } from "../../framework/module/define-module.js"
import { initial } from "./migrations/0001_initial.js"
import { customerGroups } from "./migrations/0002_customer_groups.js"
import { Customer, CustomerAddress, CustomerGroup } from "./models/customer.js"
import { CustomerService } from "./service.js"

export const customerModule = defineModule({
  name: "customer",
  migrations: [initial, customerGroups],
  service: CustomerService,
})

export { CustomerService, Customer, CustomerAddress, CustomerGroup }
