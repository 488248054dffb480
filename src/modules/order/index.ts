import { defineModule } from "../../framework/module/define-module.js"
import { initial } from "./migrations/0001_initial.js"
import { returnReasons } from "./migrations/0002_return_reasons.js"
import { taxLinesAdjustments } from "./migrations/0003_tax_lines_adjustments.js"
import { ReturnReason } from "./models/return-reason.js"
import { OrderAddress, Order, OrderLineItem, OrderShippingMethod } from "./models/order.js"
import { OrderService } from "./service.js"

export const orderModule = defineModule({
  name: "order",
  migrations: [initial, returnReasons, taxLinesAdjustments],
  service: OrderService,
})

export { OrderService, ReturnReason, OrderAddress, Order, OrderLineItem, OrderShippingMethod }
