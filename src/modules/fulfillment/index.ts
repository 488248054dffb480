import { defineModule } from "../../framework/module/define-module.js"
import { initial } from "./migrations/0001_initial.js"
import { shippingOptions } from "./migrations/0002_shipping_options.js"
import { FulfillmentService } from "./service.js"

export const fulfillmentModule = defineModule({
  name: "fulfillment",
  migrations: [initial, shippingOptions],
  service: FulfillmentService,
})

export * from "./models/index.js"
export { FulfillmentService }
