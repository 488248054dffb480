/** Field lists that Medusa's admin and store order (and cart) defaults share, in Medusa's order. */

/** The totals Medusa's store cart and store order defaults open with. */
export const TOTAL_FIELDS = [
  "total",
  "subtotal",
  "tax_total",
  "discount_total",
  "discount_subtotal",
  "discount_tax_total",
]

/** The addresses, shipping methods and payment collections both order detail defaults embed. */
export const ADDRESS_SHIPPING_PAYMENT_FIELDS = [
  "*shipping_address",
  "*billing_address",
  "*shipping_methods",
  "*shipping_methods.tax_lines",
  "*shipping_methods.adjustments",
  "*payment_collections",
]

/** The product and variant snapshot of a line (taken when it was added), as Medusa's cart and order lists name it. */
export const LINE_SNAPSHOT_FIELDS = [
  "items.product_type",
  "items.product_collection",
  "items.product_handle",
  "items.variant_sku",
  "items.variant_barcode",
  "items.variant_title",
]

/** A line's original and item totals, as Medusa's store cart and order allow-lists name them. */
export const LINE_ITEM_TOTAL_FIELDS = [
  "items.original_total",
  "items.original_subtotal",
  "items.original_tax_total",
  "items.item_total",
  "items.item_subtotal",
  "items.item_tax_total",
]

/** The order totals both order detail defaults list after `discount_tax_total` (Medusa's order). */
export const ORDER_TOTAL_FIELDS = [
  "original_total",
  "original_subtotal",
  "original_tax_total",
  "item_total",
  "item_subtotal",
  "item_tax_total",
  "original_item_total",
  "original_item_subtotal",
  "original_item_tax_total",
  "shipping_total",
  "shipping_subtotal",
  "shipping_tax_total",
  "original_shipping_tax_total",
  "original_shipping_subtotal",
  "original_shipping_total",
  "credit_line_total",
  "credit_line_subtotal",
  "credit_line_tax_total",
]

/** The promotion fields Medusa's cart defaults and cart and order allow-lists name. */
export const PROMOTION_FIELDS = [
  "promotions.id",
  "promotions.code",
  "promotions.is_automatic",
  "promotions.is_tax_inclusive",
  "promotions.application_method.value",
  "promotions.application_method.type",
  "promotions.application_method.currency_code",
]

/** A shipping method's totals, as Medusa's cart and order allow-lists name them. */
export const SHIPPING_METHOD_TOTAL_FIELDS = [
  "shipping_methods.original_total",
  "shipping_methods.original_subtotal",
  "shipping_methods.original_tax_total",
  "shipping_methods.total",
  "shipping_methods.subtotal",
  "shipping_methods.tax_total",
  "shipping_methods.discount_total",
  "shipping_methods.discount_tax_total",
]
