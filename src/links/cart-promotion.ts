import { defineLink } from "../framework/link/define-link.js"
import { linkTable } from "./link-table.js"
import { Cart } from "../modules/cart/index.js"
import { Promotion } from "../modules/promotion/index.js"

/** The promotions applied to a cart (Medusa's cart ↔ promotion link): `cart.promotions`. */
export const cartPromotion = defineLink(
  { module: "cart", model: () => Cart, key: "cart_id", alias: "cart", field: "promotions" },
  { module: "promotion", model: () => Promotion, key: "promotion_id", alias: "promotion", field: "carts" },
  linkTable("cart_promotion", "cartpromo"),
)
