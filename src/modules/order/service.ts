import { moduleService } from "../../framework/service/index.js"
import { ReturnReason } from "./models/return-reason.js"
import {
  OrderLineItemAdjustment,
  OrderLineItemTaxLine,
  OrderShippingMethodAdjustment,
  OrderShippingMethodTaxLine,
} from "./models/tax-lines.js"
import { OrderAddress, Order, OrderLineItem, OrderShippingMethod } from "./models/order.js"

export class OrderService extends moduleService({
  OrderAddress,
  Order,
  OrderLineItem,
  OrderShippingMethod,
  ReturnReason,
  OrderLineItemTaxLine,
  OrderShippingMethodTaxLine,
  OrderLineItemAdjustment,
  OrderShippingMethodAdjustment,
}) {}
