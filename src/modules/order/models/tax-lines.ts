import { adjustmentColumns, model, taxLineColumns } from "../../../framework/model/index.js"
import { adjustmentTotals, taxLineTotals } from "../../../framework/model/line-totals.js"
import { ORDER_ITEM_LINES, ORDER_SHIPPING_LINES } from "./totals.js"
import { OrderLineItem, OrderShippingMethod } from "./order.js"

/**
 * Tax lines and promotion adjustments of order lines and shipping methods, copied from the cart's
 * when it completes: an order keeps the taxes and discounts it was sold with.
 */
export const OrderLineItemTaxLine = model.define("order_line_item_tax_line", {
  id: model.id({ prefix: "ordlitxl" }).primaryKey(),
  ...taxLineColumns(),
  item_id: model.text().index(),
  ...taxLineTotals({ table: "order_line_item", lines: ORDER_ITEM_LINES }, "item_id", true),
  item: model.belongsTo(() => OrderLineItem, { foreignKey: "item_id" }),
})

export const OrderShippingMethodTaxLine = model.define("order_shipping_method_tax_line", {
  id: model.id({ prefix: "ordsmtxl" }).primaryKey(),
  ...taxLineColumns(),
  shipping_method_id: model.text().index(),
  ...taxLineTotals({ table: "order_shipping_method", lines: ORDER_SHIPPING_LINES }, "shipping_method_id", true),
  shipping_method: model.belongsTo(() => OrderShippingMethod, { foreignKey: "shipping_method_id" }),
})

export const OrderLineItemAdjustment = model.define("order_line_item_adjustment", {
  id: model.id({ prefix: "ordliadj" }).primaryKey(),
  ...adjustmentColumns(),
  item_id: model.text().index(),
  ...adjustmentTotals({ table: "order_line_item", lines: ORDER_ITEM_LINES }, "item_id", true),
  item: model.belongsTo(() => OrderLineItem, { foreignKey: "item_id" }),
})

export const OrderShippingMethodAdjustment = model.define("order_shipping_method_adjustment", {
  id: model.id({ prefix: "ordsmadj" }).primaryKey(),
  ...adjustmentColumns(),
  shipping_method_id: model.text().index(),
  ...adjustmentTotals({ table: "order_shipping_method", lines: ORDER_SHIPPING_LINES }, "shipping_method_id", true),
  shipping_method: model.belongsTo(() => OrderShippingMethod, { foreignKey: "shipping_method_id" }),
})
