import { z } from "zod"
import { listParams, retrieveParams, stringOrArray, text } from "../../validation/common.js"
import { recordFilters, stringFilters } from "../../validation/filters.js"
import { booleanString, pricingParams } from "../products/validators.js"
import { DEFAULT_LIMIT } from "./query-config.js"

/** Queries of GET /store/product-variants(/:id) (Medusa's StoreProductVariant(List)Params). */

const contextParams = { ...pricingParams, sales_channel_id: stringOrArray().optional() }

const variantFilterFields = recordFilters({
  ...stringFilters("sku", "product_id"),
  options: z.object({ value: text().optional(), option_id: text().optional() }).optional(),
  allow_backorder: booleanString().optional(),
  manage_inventory: booleanString().optional(),
})
const VariantFilter = z.object(variantFilterFields)

export const StoreProductVariantsQuery = z
  .object({
    ...listParams(DEFAULT_LIMIT),
    ...contextParams,
    ...variantFilterFields,
    $and: z.array(VariantFilter).optional(),
    $or: z.array(VariantFilter).optional(),
  })
  .strict()

export const StoreProductVariantQuery = z.object({ ...retrieveParams(), ...contextParams }).strict()

export type StoreProductVariantsQuery = z.infer<typeof StoreProductVariantsQuery>
export type StoreProductVariantQuery = z.infer<typeof StoreProductVariantQuery>
export type VariantFilterInput = z.infer<typeof VariantFilter>
