import { allowedFields } from "../products/query-config.js"
import { VARIANT_CUSTOMS_FIELDS } from "../../helpers/product-fields.js"

/** GET /store/product-variants(/:id) (2.11.2+): Medusa 2.21.2's default and allowed fields. */

export const DEFAULT_FIELDS = [
  "id",
  "title",
  "sku",
  "barcode",
  "ean",
  "upc",
  "allow_backorder",
  "manage_inventory",
  "variant_rank",
  "product_id",
  "thumbnail",
  ...VARIANT_CUSTOMS_FIELDS,
  "created_at",
  "updated_at",
  "metadata",
  "*options",
  "*images",
  "product.id",
  "product.type_id",
]

const EXTRA_FIELDS = [
  "deleted_at",
  "calculated_price",
  "inventory_quantity",
  "options.id",
  "options.value",
  "images.id",
  "images.url",
  "images.rank",
]

export const ALLOWED_FIELDS = allowedFields(DEFAULT_FIELDS, EXTRA_FIELDS)

export const DEFAULT_LIMIT = 20
