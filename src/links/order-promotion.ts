import { defineLink } from "../framework/link/define-link.js"
import { linkTable } from "./link-table.js"
import { Order } from "../modules/order/index.js"
import { Promotion } from "../modules/promotion/index.js"

/** The promotions an order was placed with (Medusa's order ↔ promotion link): `order.promotions`. */
export const orderPromotion = defineLink(
  { module: "order", model: () => Order, key: "order_id", alias: "order", field: "promotions" },
  { module: "promotion", model: () => Promotion, key: "promotion_id", alias: "promotion", field: "orders" },
  linkTable("order_promotion", "orderpromo"),
)
