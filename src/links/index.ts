import type { LinkDef } from "../framework/link/define-link.js"
import type { ComputedDef } from "../framework/model/index.js"
import { cartPaymentCollection, orderCart, orderPaymentCollection, regionPaymentProvider } from "./commerce-links.js"
import { salesChannelPrices } from "./computed/sales-channel-prices.js"
import { cartPromotion } from "./cart-promotion.js"
import { orderPromotion } from "./order-promotion.js"
import { variantCalculatedPrice } from "./computed/variant-calculated-price.js"
import { variantInventoryQuantity } from "./computed/variant-inventory-quantity.js"
import { orderPaymentStatus } from "./computed/order-payment-status.js"
import { salesChannelPromotions } from "./computed/sales-channel-promotions.js"
import {
  shippingOptionAmount,
  shippingOptionCalculatedPrice,
  shippingOptionInsufficientInventory,
  shippingOptionTaxInclusive,
} from "./computed/shipping-option-price.js"
import productSalesChannel from "./product-sales-channel.js"
import productShippingProfile from "./product-shipping-profile.js"
import productVariantInventoryItem from "./product-variant-inventory-item.js"
import publishableApiKeySalesChannel from "./publishable-api-key-sales-channel.js"
import * as readOnly from "./read-only-links.js"
import salesChannelStockLocation from "./sales-channel-stock-location.js"
import { stockLocationFulfillmentProvider, stockLocationFulfillmentSet } from "./stock-location-fulfillment.js"

export const links: LinkDef[] = [
  publishableApiKeySalesChannel,
  productSalesChannel,
  productShippingProfile,
  salesChannelStockLocation,
  stockLocationFulfillmentSet,
  stockLocationFulfillmentProvider,
  productVariantInventoryItem,
  cartPaymentCollection,
  orderPaymentCollection,
  orderCart,
  regionPaymentProvider,
  cartPromotion,
  orderPromotion,
  ...Object.values(readOnly),
]

/** Values computed across links, by entity and field. */
export const computedAcrossLinks: { entity: string; field: string; def: ComputedDef }[] = [
  { entity: "product_variant", field: "inventory_quantity", def: variantInventoryQuantity },
  { entity: "order", field: "payment_status", def: orderPaymentStatus },
  { entity: "sales_channel", field: "promotions", def: salesChannelPromotions },
  { entity: "product_variant", field: "calculated_price", def: variantCalculatedPrice },
  { entity: "sales_channel", field: "prices", def: salesChannelPrices },
  { entity: "shipping_option", field: "calculated_price", def: shippingOptionCalculatedPrice },
  { entity: "shipping_option", field: "amount", def: shippingOptionAmount },
  { entity: "shipping_option", field: "is_tax_inclusive", def: shippingOptionTaxInclusive },
  { entity: "shipping_option", field: "insufficient_inventory", def: shippingOptionInsufficientInventory },
]

export {
  productSalesChannel,
  productShippingProfile,
  publishableApiKeySalesChannel,
  salesChannelStockLocation,
  productVariantInventoryItem,
}
