import { addressColumns, amountTotals, model } from "../../../framework/model/index.js"
import { raw } from "../../../framework/sql/sql.js"
import { CartCreditLine } from "./credit-line.js"
import { CartLineItemAdjustment, CartShippingMethodAdjustment } from "./adjustments.js"
import { CartLineItemTaxLine, CartShippingMethodTaxLine } from "./tax-lines.js"
import { lineTotals } from "../../../framework/model/line-totals.js"
import { cartTotals, ITEM_LINES, SHIPPING_LINES } from "./totals.js"

export const CartAddress = model.define("cart_address", {
  id: model.id({ prefix: "caaddr" }).primaryKey(),
  customer_id: model.text().nullable(),
  ...addressColumns({ searchable: false }),
  phone: model.text().nullable(),
  metadata: model.json().nullable(),
})

export const CartLineItem = model.define(
  "cart_line_item",
  {
    id: model.id({ prefix: "cali" }).primaryKey(),
    cart_id: model.text().index(),
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
    cart: model.belongsTo(() => Cart, { foreignKey: "cart_id" }),
    tax_lines: model.hasMany(() => CartLineItemTaxLine, { foreignKey: "item_id" }),
    adjustments: model.hasMany(() => CartLineItemAdjustment, { foreignKey: "item_id" }),
    ...lineTotals(ITEM_LINES, {
      subtotal: "subtotal",
      total: "total",
      original_total: "original_total",
      original_subtotal: "original_subtotal",
      original_tax_total: "original_tax_total",
      item_total: "total",
      item_subtotal: "subtotal",
      item_tax_total: "tax_total",
      tax_total: "tax_total",
      discount_total: "discount_total",
      discount_subtotal: "discount_subtotal",
      discount_tax_total: "discount_tax_total",
    }),
  },
  { aliases: ["line_item", "line_items"], cascade: ["tax_lines", "adjustments"] },
)

export const CartShippingMethod = model.define(
  "cart_shipping_method",
  {
    id: model.id({ prefix: "casm" }).primaryKey(),
    cart_id: model.text().index(),
    name: model.text(),
    description: model.json().nullable(),
    amount: model.number(),
    is_tax_inclusive: model.boolean().default(false),
    shipping_option_id: model.text().nullable(),
    data: model.json().nullable(),
    metadata: model.json().nullable(),
    cart: model.belongsTo(() => Cart, { foreignKey: "cart_id" }),
    tax_lines: model.hasMany(() => CartShippingMethodTaxLine, { foreignKey: "shipping_method_id" }),
    adjustments: model.hasMany(() => CartShippingMethodAdjustment, { foreignKey: "shipping_method_id" }),
    // Medusa's totals of a method, from its tax lines and adjustments
    ...amountTotals(SHIPPING_LINES),
  },
  { cascade: ["tax_lines", "adjustments"] },
)

export const Cart = model.define(
  "cart",
  {
    id: model.id({ prefix: "cart" }).primaryKey(),
    region_id: model.text().nullable().index(),
    customer_id: model.text().nullable().index(),
    sales_channel_id: model.text().nullable().index(),
    email: model.text().nullable(),
    currency_code: model.text(),
    locale: model.text().nullable(),
    shipping_address_id: model.text().nullable(),
    billing_address_id: model.text().nullable(),
    metadata: model.json().nullable(),
    completed_at: model.dateTime().nullable(),
    items: model.hasMany(() => CartLineItem, { foreignKey: "cart_id" }),
    shipping_methods: model.hasMany(() => CartShippingMethod, { foreignKey: "cart_id" }),
    credit_lines: model.hasMany(() => CartCreditLine, { foreignKey: "cart_id" }),
    shipping_address: model.belongsTo(() => CartAddress, { foreignKey: "shipping_address_id", onDelete: "set null" }),
    billing_address: model.belongsTo(() => CartAddress, { foreignKey: "billing_address_id", onDelete: "set null" }),
    ...cartTotals,
    gift_card_total: model.computed({ type: "number", expression: () => raw("0") }),
    gift_card_tax_total: model.computed({ type: "number", expression: () => raw("0") }),
    credit_line_tax_total: model.computed({ type: "number", expression: () => raw("0") }),
  },
  { cascade: ["items", "shipping_methods", "credit_lines"] },
)
