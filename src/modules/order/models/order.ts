import { model } from "../../../framework/model/index.js"
import { sql } from "../../../framework/sql/sql.js"
import { discounts, itemDiscounts, lineDiscount, shippingDiscounts } from "./discounts.js"
import {
  itemsSum,
  lineTotal,
  money,
  moreLineItemValues,
  moreOrderTotals,
  moreShippingMethodValues,
  orderDue,
  orderSummary,
  orderTotal as total,
  shippingSum,
  zero,
} from "./totals.js"

export const OrderAddress = model.define("order_address", {
  id: model.id({ prefix: "ordaddr" }).primaryKey(),
  customer_id: model.text().nullable(),
  company: model.text().searchable().nullable(),
  first_name: model.text().searchable().nullable(),
  last_name: model.text().searchable().nullable(),
  address_1: model.text().searchable().nullable(),
  address_2: model.text().searchable().nullable(),
  city: model.text().searchable().nullable(),
  country_code: model.text().nullable(),
  province: model.text().searchable().nullable(),
  postal_code: model.text().searchable().nullable(),
  phone: model.text().searchable().nullable(),
  metadata: model.json().nullable(),
})

/**
 * An order's line: the cart line's snapshot and its quantity (Medusa splits this into
 * order_item + order_line_item for order versions, which salesgraph does not model).
 */
export const OrderLineItem = model.define(
  "order_line_item",
  {
    id: model.id({ prefix: "ordli" }).primaryKey(),
    order_id: model.text().index(),
    title: model.text(),
    subtitle: model.text().nullable(),
    thumbnail: model.text().nullable(),
    quantity: model.integer(),
    variant_id: model.text().nullable().index(),
    product_id: model.text().nullable().index(),
    product_title: model.text().nullable(),
    product_description: model.text().nullable(),
    product_subtitle: model.text().nullable(),
    product_type: model.text().nullable(),
    product_type_id: model.text().nullable(),
    product_collection: model.text().nullable(),
    product_handle: model.text().nullable(),
    variant_sku: model.text().nullable(),
    variant_barcode: model.text().nullable(),
    variant_title: model.text().nullable(),
    variant_option_values: model.json().nullable(),
    requires_shipping: model.boolean().default(true),
    is_discountable: model.boolean().default(true),
    is_giftcard: model.boolean().default(false),
    is_tax_inclusive: model.boolean().default(false),
    is_custom_price: model.boolean().default(false),
    compare_at_unit_price: model.number().nullable(),
    unit_price: model.number(),
    metadata: model.json().nullable(),
    order: model.belongsTo(() => Order, { foreignKey: "order_id" }),
    subtotal: money(lineTotal),
    total: money((a) => sql`${lineTotal(a)} - (${lineDiscount(a)})`),
    original_total: money(lineTotal),
    original_subtotal: money(lineTotal),
    tax_total: money(zero),
    discount_total: money(lineDiscount),
    ...moreLineItemValues,
  },
  { aliases: ["order_item", "order_items"] },
)

export const OrderShippingMethod = model.define("order_shipping_method", {
  id: model.id({ prefix: "ordsm" }).primaryKey(),
  order_id: model.text().index(),
  name: model.text(),
  description: model.json().nullable(),
  amount: model.number(),
  is_tax_inclusive: model.boolean().default(false),
  shipping_option_id: model.text().nullable(),
  data: model.json().nullable(),
  metadata: model.json().nullable(),
  order: model.belongsTo(() => Order, { foreignKey: "order_id" }),
  ...moreShippingMethodValues,
})

export const Order = model.define(
  "order",
  {
    id: model.id({ prefix: "order" }).primaryKey(),
    display_id: model.serial().searchable(),
    custom_display_id: model.text().searchable().nullable(),
    region_id: model.text().nullable().index(),
    customer_id: model.text().nullable().index(),
    version: model.integer().default(1),
    sales_channel_id: model.text().nullable().index(),
    status: model.enum(["pending", "completed", "draft", "archived", "canceled", "requires_action"]).default("pending"),
    is_draft_order: model.boolean().default(false),
    email: model.text().searchable().nullable(),
    currency_code: model.text(),
    locale: model.text().nullable(),
    shipping_address_id: model.text().nullable(),
    billing_address_id: model.text().nullable(),
    no_notification: model.boolean().nullable(),
    metadata: model.json().nullable(),
    canceled_at: model.dateTime().nullable(),
    items: model.hasMany(() => OrderLineItem, { foreignKey: "order_id" }),
    shipping_methods: model.hasMany(() => OrderShippingMethod, { foreignKey: "order_id" }),
    shipping_address: model
      .belongsTo(() => OrderAddress, { foreignKey: "shipping_address_id", onDelete: "set null" })
      .searchable(),
    billing_address: model
      .belongsTo(() => OrderAddress, { foreignKey: "billing_address_id", onDelete: "set null" })
      .searchable(),
    item_total: money((a) => sql`(${itemsSum(a)}) - (${itemDiscounts(a)})`),
    item_subtotal: money(itemsSum),
    item_tax_total: money(zero),
    original_item_total: money(itemsSum),
    subtotal: money(total),
    total: money(orderDue),
    original_total: money(total),
    tax_total: money(zero),
    discount_total: money(discounts),
    shipping_total: money((a) => sql`(${shippingSum(a)}) - (${shippingDiscounts(a)})`),
    shipping_subtotal: money(shippingSum),
    gift_card_total: money(zero),
    summary: model.computed({ type: "json", expression: orderSummary }),
    ...moreOrderTotals,
  },
  { cascade: ["items", "shipping_methods"] },
)
