import { model } from "../../../framework/model/index.js"

/** The promotion adjustments an order keeps from its cart (Medusa's order adjustment tables). */
const adjustmentColumns = () => ({
  description: model.text().nullable(),
  code: model.text().nullable(),
  amount: model.number(),
  is_tax_inclusive: model.boolean().default(false),
  provider_id: model.text().nullable(),
  promotion_id: model.text().nullable().index(),
  metadata: model.json().nullable(),
})

export const OrderLineItemAdjustment = model.define("order_line_item_adjustment", {
  id: model.id({ prefix: "ordliadj" }).primaryKey(),
  ...adjustmentColumns(),
  item_id: model.text().index(),
})

export const OrderShippingMethodAdjustment = model.define("order_shipping_method_adjustment", {
  id: model.id({ prefix: "ordsmadj" }).primaryKey(),
  ...adjustmentColumns(),
  shipping_method_id: model.text().index(),
})
