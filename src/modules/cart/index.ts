import { defineModule } from "../../framework/module/define-module.js"
import { initial } from "./migrations/0001_initial.js"
import { taxLinesAdjustmentsCreditLines } from "./migrations/0002_tax_lines_adjustments_credit_lines.js"
import { CartAddress, Cart, CartLineItem, CartShippingMethod } from "./models/cart.js"
import { CartService } from "./service.js"

export const cartModule = defineModule({
  name: "cart",
  migrations: [initial, taxLinesAdjustmentsCreditLines],
  service: CartService,
})

export { CartService, CartAddress, Cart, CartLineItem, CartShippingMethod }
