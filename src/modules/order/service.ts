import { OrderLineItemAdjustment, OrderShippingMethodAdjustment } from "./models/adjustments.js"
import { moduleService } from "../../framework/service/index.js"
import { ReturnReason } from "./models/return-reason.js"
import { OrderAddress, Order, OrderLineItem, OrderShippingMethod } from "./models/order.js"

export class OrderService extends moduleService({
  Order,
  OrderLineItem,
  OrderAddress,
  OrderShippingMethod,
  ReturnReason,
  OrderLineItemAdjustment,
  OrderShippingMethodAdjustment,
}) {}
