import { moduleService } from "../../framework/service/index.js"
import { CartLineItemAdjustment, CartShippingMethodAdjustment } from "./models/adjustments.js"
import { CartAddress, Cart, CartLineItem, CartShippingMethod } from "./models/cart.js"
import { CartCreditLine } from "./models/credit-line.js"
import { CartLineItemTaxLine, CartShippingMethodTaxLine } from "./models/tax-lines.js"

export class CartService extends moduleService({
  Cart,
  LineItem: CartLineItem,
  Address: CartAddress,
  ShippingMethod: CartShippingMethod,
  LineItemTaxLine: CartLineItemTaxLine,
  LineItemAdjustment: CartLineItemAdjustment,
  ShippingMethodTaxLine: CartShippingMethodTaxLine,
  ShippingMethodAdjustment: CartShippingMethodAdjustment,
  CreditLine: CartCreditLine,
}) {}
