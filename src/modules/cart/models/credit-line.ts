import { model } from "../../../framework/model/index.js"
import { Cart } from "./cart.js"

/** An amount credited to a cart (store credit, refunds); `credit_line_total` sums them. */
export const CartCreditLine = model.define("cart_credit_line", {
  id: model.id({ prefix: "cacl" }).primaryKey(),
  cart_id: model.text().index(),
  reference: model.text().nullable(),
  reference_id: model.text().nullable(),
  amount: model.number(),
  metadata: model.json().nullable(),
  cart: model.belongsTo(() => Cart, { foreignKey: "cart_id" }),
})
