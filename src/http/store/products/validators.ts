import { z } from "zod"
import { listParams, stringOrArray, text } from "../../validation/common.js"
import { recordFilters, stringFilters } from "../../validation/filters.js"
import { productFilters } from "../../validation/product-filters.js"
import { DEFAULT_LIMIT } from "./query-config.js"

/**
 * Query of GET /store/products and /store/products/:id (Medusa's StoreGetProductsParams: the
 * detail route validates the same schema and applies its filters too). The top level is strict;
 * nested filter objects drop unknown keys, as Medusa's zod objects do.
 */

/** Medusa's booleanString: true/false in any case, else `Invalid input`. */
export const booleanString = () =>
  z
    .preprocess(
      (v) => (typeof v === "string" ? v.toLowerCase() : v),
      z.union([z.literal(true), z.literal(false), z.literal("true"), z.literal("false")]),
    )
    .transform((v) => v === true || v === "true")

/** What prices and taxes are computed for (cleared from the filters). */
export const pricingParams = {
  region_id: text().optional(),
  country_code: text().optional(),
  province: text().optional(),
  cart_id: text().optional(),
}

const variantFilterFields = recordFilters({
  ...stringFilters("sku", "ean", "upc", "barcode"),
  options: z.object({ value: text().optional(), option_id: text().optional() }).optional(),
})
const VariantFilter = z.object(variantFilterFields)

const productFilterFields = productFilters(booleanString)
const ProductFilter = z.object(productFilterFields)

export const StoreProductsQuery = z
  .object({
    ...listParams(DEFAULT_LIMIT),
    ...pricingParams,
    sales_channel_id: stringOrArray().optional(),
    ...productFilterFields,
    variants: VariantFilter.extend({
      $and: z.array(VariantFilter).optional(),
      $or: z.array(VariantFilter).optional(),
    }).optional(),
    $and: z.array(ProductFilter).optional(),
    $or: z.array(ProductFilter).optional(),
  })
  .strict()

export type StoreProductsQuery = z.infer<typeof StoreProductsQuery>
export type ProductFilterInput = z.infer<typeof ProductFilter>
export type VariantFilterInput = z.infer<typeof VariantFilter> & {
  $and?: VariantFilterInput[]
  $or?: VariantFilterInput[]
}
