import { defineModule } from "../../framework/module/define-module.js"
import { initial } from "./migrations/0001_initial.js"
import { returnReasons } from "./migrations/0002_return_reasons.js"
import { adjustments } from "./migrations/0003_adjustments.js"
import { OrderLineItemAdjustment, OrderShippingMethodAdjustment } from "./models/adjustments.js"
import { ReturnReason } from "./models/return-reason.js"
import { OrderAddress, Order, OrderLineItem, OrderShippingMethod } from "./models/order.js"
import { OrderService } from "./service.js"

export const orderModule = defineModule({
  name: "order",
  models: [
    OrderAddress,
    Order,
    OrderLineItem,
    OrderShippingMethod,
    ReturnReason,
    OrderLineItemAdjustment,
    OrderShippingMethodAdjustment,
  ],
  migrations: [initial, returnReasons, adjustments],
  service: OrderService,
})

export {
  OrderLineItemAdjustment,
  OrderShippingMethodAdjustment,
  OrderService,
  ReturnReason,
  OrderAddress,
  Order,
  OrderLineItem,
  OrderShippingMethod,
}
