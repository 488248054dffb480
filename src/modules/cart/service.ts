import { moduleService } from "../../framework/service/index.js"
import { CartAddress, Cart, CartLineItem, CartShippingMethod } from "./models/cart.js"

export class CartService extends moduleService({ Cart, LineItem: CartLineItem, Address: CartAddress, ShippingMethod: CartShippingMethod }) {}
