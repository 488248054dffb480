import { defineReadOnlyLink } from "../framework/link/define-link.js"
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

export const cartSalesChannel = defineReadOnlyLink(
  { model: () => Cart, column: "sales_channel_id", field: "sales_channel" },
  { model: () => SalesChannel, reverseField: "carts" },
)

export const orderSalesChannel = defineReadOnlyLink(
  { model: () => Order, column: "sales_channel_id", field: "sales_channel" },
  { model: () => SalesChannel, reverseField: "orders" },
)

/** A list of 0–1 locations, as Medusa renders it. */
export const inventoryLevelStockLocation = defineReadOnlyLink(
  { model: () => InventoryLevel, column: "location_id", field: "stock_locations", isList: true },
  { model: () => StockLocation },
)

export const cartRegion = defineReadOnlyLink(
  { model: () => Cart, column: "region_id", field: "region" },
  { model: () => Region },
)
export const orderRegion = defineReadOnlyLink(
  { model: () => Order, column: "region_id", field: "region" },
  { model: () => Region },
)

export const cartItemVariant = defineReadOnlyLink(
  { model: () => CartLineItem, column: "variant_id", field: "variant" },
  { model: () => ProductVariant },
)
export const cartItemProduct = defineReadOnlyLink(
  { model: () => CartLineItem, column: "product_id", field: "product" },
  { model: () => Product },
)
export const orderItemVariant = defineReadOnlyLink(
  { model: () => OrderLineItem, column: "variant_id", field: "variant" },
  { model: () => ProductVariant },
)
export const orderItemProduct = defineReadOnlyLink(
  { model: () => OrderLineItem, column: "product_id", field: "product" },
  { model: () => Product },
)

/** A cart's or order's customer (Medusa's cart-customer and order-customer read-only links). */
export const cartCustomer = defineReadOnlyLink(
  { model: () => Cart, column: "customer_id", field: "customer" },
  { model: () => Customer, reverseField: "carts" },
)
export const orderCustomer = defineReadOnlyLink(
  { model: () => Order, column: "customer_id", field: "customer" },
  { model: () => Customer, reverseField: "orders" },
)

/** A cart shipping method's option (its type is what `shipping_methods.shipping_option.shipping_option_type_id` rules read). */
export const cartShippingMethodOption = defineReadOnlyLink(
  { model: () => CartShippingMethod, column: "shipping_option_id", field: "shipping_option" },
  { model: () => ShippingOption },
)
