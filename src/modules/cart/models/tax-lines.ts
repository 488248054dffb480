import { model, taxLineColumns } from "../../../framework/model/index.js"
import { taxLineTotals } from "../../../framework/model/line-totals.js"
import { ITEM_LINES, SHIPPING_LINES } from "./totals.js"
import { CartLineItem, CartShippingMethod } from "./cart.js"

/**
 * Tax lines of cart lines and shipping methods, as Medusa's cart module declares them. No tax
 * module writes them in salesgraph (taxes are 0); they exist so the shapes and field paths
 * clients use (`items.tax_lines.*`) resolve.
 */
export const CartLineItemTaxLine = model.define("cart_line_item_tax_line", {
  id: model.id({ prefix: "calitxl" }).primaryKey(),
  ...taxLineColumns({ data: model.json().nullable() }),
  item_id: model.text().index(),
  ...taxLineTotals({ table: "cart_line_item", lines: ITEM_LINES }, "item_id", false),
  item: model.belongsTo(() => CartLineItem, { foreignKey: "item_id" }),
})

export const CartShippingMethodTaxLine = model.define("cart_shipping_method_tax_line", {
  id: model.id({ prefix: "casmtxl" }).primaryKey(),
  ...taxLineColumns({ data: model.json().nullable() }),
  shipping_method_id: model.text().index(),
  ...taxLineTotals({ table: "cart_shipping_method", lines: SHIPPING_LINES }, "shipping_method_id", false),
  shipping_method: model.belongsTo(() => CartShippingMethod, { foreignKey: "shipping_method_id" }),
})
