import { ADDRESS_SHIPPING_PAYMENT_FIELDS, ORDER_TOTAL_FIELDS } from "../../helpers/order-fields.js"
/** GET /admin/orders defaults (Medusa's defaultAdminOrderFields). */
export const LIST_DEFAULT_FIELDS = [
  "id",
  "display_id",
  "custom_display_id",
  "status",
  "version",
  "summary",
  "total",
  "metadata",
  "locale",
  "created_at",
  "updated_at",
]

/**
 * What Medusa's list workflow adds to any selection (it aggregates the two statuses from them);
 * Medusa's order items always carry their tax lines and adjustments.
 */
export const LIST_ALWAYS = [
  "id",
  "status",
  "version",
  "items.*",
  "items.tax_lines.*",
  "items.adjustments.*",
  "payment_status",
  "fulfillment_status",
]

/**
 * GET /admin/orders/:id defaults (Medusa's defaultAdminRetrieveOrderFields) — payment refunds and
 * captures aside, which salesgraph does not keep.
 */
export const RETRIEVE_DEFAULT_FIELDS = [
  ...LIST_DEFAULT_FIELDS,
  "region_id",
  "subtotal",
  "tax_total",
  "discount_total",
  "discount_tax_total",
  ...ORDER_TOTAL_FIELDS,
  "*items",
  "*credit_lines",
  "*items.tax_lines",
  "*items.adjustments",
  "*items.variant",
  "*items.variant.product",
  "*items.detail",
  ...ADDRESS_SHIPPING_PAYMENT_FIELDS,
  "*payment_collections.payments",
]

/** What Medusa's detail workflow adds to any selection. */
export const RETRIEVE_ALWAYS = [
  "id",
  "status",
  "version",
  "payment_collections.*",
  "fulfillments",
  "payment_status",
  "fulfillment_status",
]

export const DEFAULT_LIMIT = 15

/** What Medusa's previewOrderChange reads of an order (id, version, items with their detail,
 * summary, total, email, transactions, credit lines). */
export const PREVIEW_FIELDS = [
  "id",
  "version",
  "email",
  "summary",
  "total",
  "items.*",
  "items.tax_lines.*",
  "items.adjustments.*",
  "items.detail",
  "transactions.*",
  "credit_lines.*",
]
