/** Field lists that Medusa's admin and store product and variant defaults share, in Medusa's order. */

/** The product columns both product defaults list from `description` to `updated_at`. */
export const PRODUCT_COLUMN_FIELDS = [
  "description",
  "handle",
  "is_giftcard",
  "discountable",
  "thumbnail",
  "collection_id",
  "type_id",
  "weight",
  "length",
  "height",
  "width",
  "hs_code",
  "origin_country",
  "mid_code",
  "material",
  "created_at",
  "updated_at",
]

/** A variant's customs and size columns, as both variant defaults list them (the workflows' list). */
export { VARIANT_CUSTOMS_FIELDS } from "../../workflows/product/inputs.js"
