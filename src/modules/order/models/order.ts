import { addressColumns, model } from "../../../framework/model/index.js"
import { DISCOUNT_TOTAL, lineTotals, ORIGINAL_TOTAL, TOTAL } from "../../../framework/model/line-totals.js"
import {
  OrderLineItemAdjustment,
  OrderLineItemTaxLine,
  OrderShippingMethodAdjustment,
  OrderShippingMethodTaxLine,
} from "./tax-lines.js"
import {
  money,
  moreLineItemValues,
  moreOrderTotals,
  moreShippingMethodValues,
  ORDER_ITEM_LINES,
  orderSummary,
  sums,
  zero,
} from "./totals.js"

export const OrderAddress = model.define("order_address", {
  id: model.id({ prefix: "ordaddr" }).primaryKey(),
  customer_id: model.text().nullable(),
  ...addressColumns({ searchable: true }),
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
    tax_lines: model.hasMany(() => OrderLineItemTaxLine, { foreignKey: "item_id" }),
    adjustments: model.hasMany(() => OrderLineItemAdjustment, { foreignKey: "item_id" }),
    ...lineTotals(ORDER_ITEM_LINES, {
      subtotal: "subtotal",
      total: "total",
      original_total: "original_total",
      original_subtotal: "original_subtotal",
      tax_total: "tax_total",
      discount_total: "discount_total",
    }),
    ...moreLineItemValues,
  },
  { aliases: ["order_item", "order_items"], cascade: ["tax_lines", "adjustments"] },
)

export const OrderShippingMethod = model.define(
  "order_shipping_method",
  {
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
    tax_lines: model.hasMany(() => OrderShippingMethodTaxLine, { foreignKey: "shipping_method_id" }),
    adjustments: model.hasMany(() => OrderShippingMethodAdjustment, { foreignKey: "shipping_method_id" }),
    ...moreShippingMethodValues,
  },
  { cascade: ["tax_lines", "adjustments"] },
)

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
    item_total: money(sums.items(TOTAL)),
    item_subtotal: money(sums.items("v.subtotal")),
    item_tax_total: money(sums.items("v.tax")),
    original_item_total: money(sums.items(ORIGINAL_TOTAL)),
    subtotal: money(sums.both("v.subtotal")),
    total: money(sums.both(TOTAL)),
    original_total: money(sums.both(ORIGINAL_TOTAL)),
    tax_total: money(sums.both("v.tax")),
    discount_total: money(sums.both(DISCOUNT_TOTAL)),
    shipping_total: money(sums.shipping(TOTAL)),
    shipping_subtotal: money(sums.shipping("v.subtotal")),
    gift_card_total: money(zero),
    summary: model.computed({ type: "json", expression: orderSummary }),
    ...moreOrderTotals,
  },
  { cascade: ["items", "shipping_methods"] },
)
