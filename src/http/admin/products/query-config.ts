import { PRODUCT_COLUMN_FIELDS, VARIANT_CUSTOMS_FIELDS } from "../../helpers/product-fields.js"

/**
 * Default fields of the admin product and variant routes (Medusa 2.21's
 * defaultAdminProductFields / defaultAdminProductVariantFields). Options and prices are
 * listed column by column so the output has exactly Medusa's keys (no `product_id` on
 * options, no `deleted_at` on prices).
 */

const OPTION_FIELDS = ["id", "title", "is_exclusive", "metadata", "created_at", "updated_at", "deleted_at"]
const PRICE_FIELDS = [
  "id",
  "amount",
  "currency_code",
  "min_quantity",
  "max_quantity",
  "variant_id",
  "created_at",
  "updated_at",
  "rules",
]

const VARIANT_COLUMNS = [
  "id",
  "title",
  "sku",
  "thumbnail",
  "barcode",
  "ean",
  "upc",
  "allow_backorder",
  "manage_inventory",
  ...VARIANT_CUSTOMS_FIELDS,
  "metadata",
  "variant_rank",
  "product_id",
  "created_at",
  "updated_at",
  "deleted_at",
]

export const DEFAULT_FIELDS = [
  "id",
  "title",
  "subtitle",
  "status",
  "external_id",
  ...PRODUCT_COLUMN_FIELDS,
  "deleted_at",
  "metadata",
  "*type",
  "*collection",
  ...OPTION_FIELDS.map((f) => `options.${f}`),
  "*options.values",
  "*tags",
  "*images",
  "*variants",
  ...PRICE_FIELDS.map((f) => `variants.prices.${f}`),
  "*variants.options",
  ...OPTION_FIELDS.map((f) => `variants.options.option.${f}`),
  "*variants.images",
  "*sales_channels",
]

/** Variants under /admin/products/:id/variants (no `product`). */
export const VARIANT_DEFAULT_FIELDS = [
  ...VARIANT_COLUMNS,
  ...PRICE_FIELDS.map((f) => `prices.${f}`),
  "*options",
  "options.option.id",
]

/** GET /admin/product-variants (with the product; Medusa shows its type and collection references too). */
export const PRODUCT_VARIANT_DEFAULT_FIELDS = [
  ...VARIANT_DEFAULT_FIELDS,
  "*product",
  "product.type.id",
  "product.collection.id",
]

export const DEFAULT_LIMIT = 50
export const VARIANT_DEFAULT_LIMIT = 50

/** GET /admin/products/:id/options (Medusa's defaultAdminProductsOptionFields). */
export const OPTION_DEFAULT_FIELDS = ["id", "title"]
export const OPTION_DEFAULT_LIMIT = 50
