import { defineReadOnlyLink } from "../framework/link/define-link.js"
import type { ModelDef } from "../framework/model/index.js"
import { Cart, CartLineItem, CartShippingMethod } from "../modules/cart/index.js"
import { Customer } from "../modules/customer/index.js"
import { ShippingOption } from "../modules/fulfillment/index.js"
import { InventoryLevel } from "../modules/inventory/index.js"
import { Order, OrderLineItem } from "../modules/order/index.js"
import { Product, ProductVariant } from "../modules/product/index.js"
import { Region } from "../modules/region/index.js"
import { SalesChannel } from "../modules/sales-channel/index.js"
import { StockLocation } from "../modules/stock-location/index.js"

/** Links resolved through a column on one side: no table, not changed with Link. */

/** `from.field` is the row of `to` that `from.column` names; `to.reverseField` (when named) lists the rows naming it. */
function byColumn(from: ModelDef, column: string, field: string, to: ModelDef, reverseField?: string) {
  const target = { model: () => to }
  return defineReadOnlyLink({ model: () => from, column, field }, reverseField ? { ...target, reverseField } : target)
}

export const cartSalesChannel = byColumn(Cart, "sales_channel_id", "sales_channel", SalesChannel, "carts")
export const orderSalesChannel = byColumn(Order, "sales_channel_id", "sales_channel", SalesChannel, "orders")

/** A list of 0–1 locations, as Medusa renders it. */
export const inventoryLevelStockLocation = defineReadOnlyLink(
  { model: () => InventoryLevel, column: "location_id", field: "stock_locations", isList: true },
  { model: () => StockLocation },
)

export const cartRegion = byColumn(Cart, "region_id", "region", Region)
export const orderRegion = byColumn(Order, "region_id", "region", Region)

export const cartItemVariant = byColumn(CartLineItem, "variant_id", "variant", ProductVariant)
export const cartItemProduct = byColumn(CartLineItem, "product_id", "product", Product)
export const orderItemVariant = byColumn(OrderLineItem, "variant_id", "variant", ProductVariant)
export const orderItemProduct = byColumn(OrderLineItem, "product_id", "product", Product)

/** A cart's or order's customer (Medusa's cart-customer and order-customer read-only links). */
export const cartCustomer = byColumn(Cart, "customer_id", "customer", Customer, "carts")
export const orderCustomer = byColumn(Order, "customer_id", "customer", Customer, "orders")

/** A cart shipping method's option (its type is what `shipping_methods.shipping_option.shipping_option_type_id` rules read). */
export const cartShippingMethodOption = byColumn(
  CartShippingMethod,
  "shipping_option_id",
  "shipping_option",
  ShippingOption,
)
