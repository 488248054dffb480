import { amountTotals, model } from "../../../framework/model/index.js"
import { ident, raw, sql, type Sql } from "../../../framework/sql/sql.js"
import { CartCreditLine } from "./credit-line.js"
import { CartLineItemAdjustment, CartShippingMethodAdjustment } from "./adjustments.js"
import { CartLineItemTaxLine, CartShippingMethodTaxLine } from "./tax-lines.js"

// Totals are computed in SQL when asked for, never stored (docs/medusa-contract.md §1.6). salesgraph has no tax
// or promotion module: nothing writes tax lines or adjustments, so tax and discount totals are
// 0 and the tables exist for Medusa's shapes (`items.tax_lines`, `items.adjustments`).
const itemsSum = (alias: string) =>
  sql`SELECT coalesce(sum(li.unit_price * li.quantity), 0) FROM cart_line_item li
      WHERE li.cart_id = ${ident(alias, "id")} AND li.deleted_at IS NULL`
const shippingSum = (alias: string) =>
  sql`SELECT coalesce(sum(sm.amount), 0) FROM cart_shipping_method sm
      WHERE sm.cart_id = ${ident(alias, "id")} AND sm.deleted_at IS NULL`
const creditSum = (alias: string) =>
  sql`SELECT coalesce(sum(cl.amount), 0) FROM cart_credit_line cl
      WHERE cl.cart_id = ${ident(alias, "id")} AND cl.deleted_at IS NULL`
const zero = () => raw("0")
// promotions (minimal, the tax branch owns the full formula): adjustments lower item and shipping totals
const itemDiscounts = (alias: string) =>
  sql`SELECT coalesce(sum(a.amount), 0) FROM cart_line_item_adjustment a JOIN cart_line_item li ON li.id = a.item_id
      WHERE li.cart_id = ${ident(alias, "id")} AND li.deleted_at IS NULL AND a.deleted_at IS NULL`
const shippingDiscounts = (alias: string) =>
  sql`SELECT coalesce(sum(a.amount), 0) FROM cart_shipping_method_adjustment a
      JOIN cart_shipping_method sm ON sm.id = a.shipping_method_id
      WHERE sm.cart_id = ${ident(alias, "id")} AND sm.deleted_at IS NULL AND a.deleted_at IS NULL`
const lineDiscount = (alias: string) =>
  sql`SELECT coalesce(sum(a.amount), 0) FROM cart_line_item_adjustment a
      WHERE a.item_id = ${ident(alias, "id")} AND a.deleted_at IS NULL`
const discounts = (alias: string) => sql`(${itemDiscounts(alias)}) + (${shippingDiscounts(alias)})`
const money = (expression: (alias: string) => Sql) => model.computed({ type: "number", expression })

export const CartAddress = model.define("cart_address", {
  id: model.id({ prefix: "caaddr" }).primaryKey(),
  customer_id: model.text().nullable(),
  company: model.text().nullable(),
  first_name: model.text().nullable(),
  last_name: model.text().nullable(),
  address_1: model.text().nullable(),
  address_2: model.text().nullable(),
  city: model.text().nullable(),
  country_code: model.text().nullable(),
  province: model.text().nullable(),
  postal_code: model.text().nullable(),
  phone: model.text().nullable(),
  metadata: model.json().nullable(),
})

const lineTotal = (alias: string) => sql`${ident(alias, "unit_price")} * ${ident(alias, "quantity")}`
const lineAfterDiscount = (alias: string) => sql`${lineTotal(alias)} - (${lineDiscount(alias)})`

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
    subtotal: money(lineTotal),
    total: money(lineAfterDiscount),
    original_total: money(lineTotal),
    original_subtotal: money(lineTotal),
    original_tax_total: money(zero),
    item_total: money(lineAfterDiscount),
    item_subtotal: money(lineTotal),
    item_tax_total: money(zero),
    tax_total: money(zero),
    discount_total: money(lineDiscount),
    discount_subtotal: money(lineDiscount),
    discount_tax_total: money(zero),
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
    // Medusa's totals of a method: its amount (no taxes or promotions here)
    ...amountTotals(),
  },
  { cascade: ["tax_lines", "adjustments"] },
)

const total = (alias: string) =>
  sql`(${itemsSum(alias)}) + (${shippingSum(alias)}) - (${discounts(alias)}) - (${creditSum(alias)})`
const itemsAfterDiscount = (alias: string) => sql`(${itemsSum(alias)}) - (${itemDiscounts(alias)})`
const shippingAfterDiscount = (alias: string) => sql`(${shippingSum(alias)}) - (${shippingDiscounts(alias)})`
const beforeCredit = (alias: string) => sql`(${itemsSum(alias)}) + (${shippingSum(alias)})`

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
    item_total: money(itemsAfterDiscount),
    item_subtotal: money(itemsSum),
    item_tax_total: money(zero),
    item_discount_total: money(itemDiscounts),
    original_item_total: money(itemsSum),
    original_item_subtotal: money(itemsSum),
    original_item_tax_total: money(zero),
    // Medusa's cart subtotal counts shipping too (items' subtotal + shipping's)
    subtotal: money(beforeCredit),
    original_subtotal: money(itemsSum),
    total: money(total),
    original_total: money(beforeCredit),
    tax_total: money(zero),
    original_tax_total: money(zero),
    discount_total: money(discounts),
    discount_subtotal: money(discounts),
    discount_tax_total: money(zero),
    gift_card_total: money(zero),
    gift_card_tax_total: money(zero),
    shipping_total: money(shippingAfterDiscount),
    shipping_subtotal: money(shippingSum),
    shipping_tax_total: money(zero),
    shipping_discount_total: money(shippingDiscounts),
    original_shipping_total: money(shippingSum),
    original_shipping_subtotal: money(shippingSum),
    original_shipping_tax_total: money(zero),
    credit_line_total: money(creditSum),
    credit_line_subtotal: money(creditSum),
    credit_line_tax_total: money(zero),
  },
  { cascade: ["items", "shipping_methods", "credit_lines"] },
)
