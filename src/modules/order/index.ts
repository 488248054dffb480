import { defineModule } from "../../framework/module/define-module.js"
import { initial } from "./migrations/0001_initial.js"
import { OrderAddress, Order, OrderLineItem, OrderShippingMethod } from "./models/order.js"
import { OrderService } from "./service.js"

export const orderModule = defineModule({
  name: "order",
  models: [OrderAddress, Order, OrderLineItem, OrderShippingMethod],
  migrations: [initial],
  service: OrderService,
})

export { OrderService, OrderAddress, Order, OrderLineItem, OrderShippingMethod }
