import { defineModule } from "../../framework/module/define-module.js"
import { initial } from "./migrations/0001_initial.js"
import { ShippingProfile } from "./models/shipping-profile.js"
import { FulfillmentService } from "./service.js"

export const fulfillmentModule = defineModule({
  name: "fulfillment",
  models: [ShippingProfile],
  migrations: [initial],
  service: FulfillmentService,
})

export { FulfillmentService, ShippingProfile }
