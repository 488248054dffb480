import { defineModule } from "../../framework/module/define-module.js"
import { initial } from "./migrations/0001_initial.js"
import { CartAddress, Cart, CartLineItem, CartShippingMethod } from "./models/cart.js"
import { CartService } from "./service.js"

export const cartModule = defineModule({
  name: "cart",
  models: [CartAddress, Cart, CartLineItem, CartShippingMethod],
  migrations: [initial],
  service: CartService,
})

export { CartService, CartAddress, Cart, CartLineItem, CartShippingMethod }
