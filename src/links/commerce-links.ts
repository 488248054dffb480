import { defineLink } from "../framework/link/define-link.js"
import { Cart } from "../modules/cart/index.js"
import { Order } from "../modules/order/index.js"
import { PaymentCollection, PaymentProvider } from "../modules/payment/index.js"
import { Region } from "../modules/region/index.js"

/** The links checkout needs beyond the seed's five (Medusa declares the same ones). */

export const cartPaymentCollection = defineLink(
  { module: "cart", model: () => Cart, key: "cart_id", alias: "cart", field: "payment_collection", isList: false },
  {
    module: "payment",
    model: () => PaymentCollection,
    key: "payment_collection_id",
    alias: "payment_collection",
    field: "cart",
    isList: false,
  },
  {
    table: "cart_payment_collection",
    idPrefix: "capaycol",
    eventEntity: "LinkCartPaymentCollection",
    entityAliases: ["cart_payment_collection", "cart_payment_collections"],
  },
)

export const orderPaymentCollection = defineLink(
  { module: "order", model: () => Order, key: "order_id", alias: "order", field: "payment_collections" },
  {
    module: "payment",
    model: () => PaymentCollection,
    key: "payment_collection_id",
    alias: "payment_collection",
    field: "order",
    isList: false,
  },
  {
    table: "order_payment_collection",
    idPrefix: "ordpay",
    eventEntity: "LinkOrderPaymentCollection",
    entityAliases: ["order_payment_collection", "order_payment_collections"],
  },
)

export const orderCart = defineLink(
  { module: "order", model: () => Order, key: "order_id", alias: "order", field: "cart", isList: false },
  { module: "cart", model: () => Cart, key: "cart_id", alias: "cart", field: "order", isList: false },
  {
    table: "order_cart",
    idPrefix: "ordercart",
    eventEntity: "LinkOrderCart",
    entityAliases: ["order_cart", "order_carts"],
  },
)

export const regionPaymentProvider = defineLink(
  { module: "region", model: () => Region, key: "region_id", alias: "region", field: "payment_providers" },
  {
    module: "payment",
    model: () => PaymentProvider,
    key: "payment_provider_id",
    alias: "payment_provider",
    field: "regions",
  },
  {
    table: "region_payment_provider",
    idPrefix: "regpp",
    eventEntity: "LinkRegionPaymentProvider",
    entityAliases: ["region_payment_provider", "region_payment_providers"],
  },
)
