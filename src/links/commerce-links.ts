import { defineLink } from "../framework/link/define-link.js"
import { Cart } from "../modules/cart/index.js"
import { Order } from "../modules/order/index.js"
import { PaymentCollection, PaymentProvider } from "../modules/payment/index.js"
import { Region } from "../modules/region/index.js"
import { linkSide, linkTable } from "./link-table.js"

/** The links checkout needs beyond the seed's five (Medusa declares the same ones). */

/** A cart has one payment collection and at most one order: a single object either way. */
const cart = linkSide({ module: "cart", model: () => Cart, key: "cart_id", alias: "cart", isList: false })
/** A payment collection belongs to one cart or one order. */
const paymentCollection = linkSide({
  module: "payment",
  model: () => PaymentCollection,
  key: "payment_collection_id",
  alias: "payment_collection",
  isList: false,
})

export const cartPaymentCollection = defineLink(
  cart("payment_collection"),
  paymentCollection("cart"),
  linkTable("cart_payment_collection", "capaycol"),
)

export const orderPaymentCollection = defineLink(
  { module: "order", model: () => Order, key: "order_id", alias: "order", field: "payment_collections" },
  paymentCollection("order"),
  linkTable("order_payment_collection", "ordpay"),
)

export const orderCart = defineLink(
  { module: "order", model: () => Order, key: "order_id", alias: "order", field: "cart", isList: false },
  cart("order"),
  linkTable("order_cart", "ordercart"),
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
  linkTable("region_payment_provider", "regpp"),
)
