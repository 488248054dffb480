import { adjustmentColumns, model } from "../../../framework/model/index.js"
import { adjustmentTotals } from "../../../framework/model/line-totals.js"
import { ITEM_LINES, SHIPPING_LINES } from "./totals.js"
import { CartLineItem, CartShippingMethod } from "./cart.js"

/**
 * Promotion adjustments of cart lines and shipping methods, as Medusa's cart module declares
 * them. salesgraph has no promotion module, so none are written (discounts are 0).
 */
export const CartLineItemAdjustment = model.define("cart_line_item_adjustment", {
  id: model.id({ prefix: "caliadj" }).primaryKey(),
  ...adjustmentColumns(),
  item_id: model.text().index(),
  ...adjustmentTotals({ table: "cart_line_item", lines: ITEM_LINES }, "item_id", false),
  item: model.belongsTo(() => CartLineItem, { foreignKey: "item_id" }),
})

export const CartShippingMethodAdjustment = model.define("cart_shipping_method_adjustment", {
  id: model.id({ prefix: "casmadj" }).primaryKey(),
  ...adjustmentColumns(),
  shipping_method_id: model.text().index(),
  ...adjustmentTotals({ table: "cart_shipping_method", lines: SHIPPING_LINES }, "shipping_method_id", false),
  shipping_method: model.belongsTo(() => CartShippingMethod, { foreignKey: "shipping_method_id" }),
})
