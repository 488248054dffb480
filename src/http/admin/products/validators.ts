import { z } from "zod"
import { listParams, logicalFilter, metadata, retrieveParams, stringOrArray, text } from "../../validation/common.js"
import { dimensions } from "../../validation/dimensions.js"
import { stringFilters, timestampFilters } from "../../validation/filters.js"
import { productFilters } from "../../validation/product-filters.js"
import { DEFAULT_LIMIT, VARIANT_DEFAULT_LIMIT } from "./query-config.js"

/**
 * Admin product, variant and variant-inventory bodies and queries (Medusa 2.21's
 * AdminCreateProduct, AdminUpdateProduct, AdminCreateProductVariant, … and
 * AdminGetProductsParams). Bodies are strict; the products list query drops unknown keys,
 * as Medusa's transformed schema does.
 */

/** Medusa's booleanString: a boolean or "true"/"false" in any case. */
export const booleanString = () =>
  z
    .union([z.boolean(), z.string()])
    .refine((v) => ["true", "false"].includes(v.toString().toLowerCase()), { message: "Invalid input" })
    .transform((v) => v.toString().toLowerCase() === "true")

const nullableText = () => text().nullish()
const nullableNumber = () => z.number().nullish()
const status = z.enum(["draft", "proposed", "published", "rejected"])
const idRef = z.object({ id: text() })
const additionalData = { additional_data: z.record(z.string(), z.unknown()).nullish() }

/** Medusa's `{ attribute: value }`; salesgraph's `sales_channel_id` may list channels (docs/pricing.md). */
const priceRules = () => z.record(z.string(), z.union([text(), z.array(text())]))

const price = z.object({
  currency_code: text(),
  amount: z.number(),
  min_quantity: nullableNumber(),
  max_quantity: nullableNumber(),
  rules: priceRules().optional(),
})

const priceUpdate = z.object({
  id: text().optional(),
  currency_code: text().optional(),
  amount: z.number().optional(),
  min_quantity: nullableNumber(),
  max_quantity: nullableNumber(),
  rules: priceRules().optional(),
})

const variantScalars = {
  sku: nullableText(),
  ean: nullableText(),
  upc: nullableText(),
  barcode: nullableText(),
  hs_code: nullableText(),
  mid_code: nullableText(),
  variant_rank: z.number().optional(),
  ...dimensions(),
  origin_country: nullableText(),
  material: nullableText(),
  metadata: metadata().optional(),
}

export const CreateProductVariant = z
  .object({
    title: text(),
    ...variantScalars,
    allow_backorder: booleanString().optional().default(false),
    manage_inventory: booleanString().optional().default(true),
    prices: z.array(price),
    options: z.record(z.string(), text()).optional(),
    inventory_items: z.array(z.object({ inventory_item_id: text(), required_quantity: z.number() })).optional(),
  })
  .strict()

export const UpdateProductVariant = z
  .object({
    id: text().optional(),
    title: text().optional(),
    prices: z.array(priceUpdate).optional(),
    ...variantScalars,
    thumbnail: nullableText(),
    allow_backorder: booleanString().optional(),
    manage_inventory: booleanString().optional(),
    options: z.record(z.string(), text()).optional(),
  })
  .strict()

export const CreateProductVariantBody = CreateProductVariant.extend(additionalData)
export const UpdateProductVariantBody = UpdateProductVariant.extend(additionalData)

export const createOption = z
  .object({
    title: text(),
    values: z.array(text()),
    ranks: z.record(z.string(), z.number()).optional(),
    is_exclusive: z.boolean().optional(),
    metadata: metadata().optional(),
  })
  .strict()
const linkOption = z.object({ id: text(), value_ids: z.array(text()).optional() })

/** `{title, values}` creates an option; `{id, value_ids?}` names an existing one (2.16+). */
const productOption = z.union([createOption, linkOption])

const productScalars = {
  subtitle: nullableText(),
  description: nullableText(),
  thumbnail: nullableText(),
  handle: text().optional(),
  external_id: nullableText(),
  type_id: nullableText(),
  collection_id: nullableText(),
  categories: z.array(idRef).optional(),
  tags: z.array(idRef).optional(),
  sales_channels: z.array(idRef).optional(),
  ...dimensions(),
  hs_code: nullableText(),
  mid_code: nullableText(),
  origin_country: nullableText(),
  material: nullableText(),
  metadata: metadata().optional(),
}

/** A new product (Medusa's CreateProduct: also an item of the batch route's `create`). */
export const CreateProduct = z
  .object({
    title: text(),
    ...productScalars,
    is_giftcard: booleanString().optional().default(false),
    discountable: booleanString().optional().default(true),
    images: z.array(z.object({ url: text() })).optional(),
    status: status.nullish().default("draft"),
    options: z.array(productOption).optional(),
    variants: z.array(CreateProductVariant).optional(),
    shipping_profile_id: text().optional(),
  })
  .strict()
export const CreateProductBody = CreateProduct.extend(additionalData)

const OPTIONS_REMOVED =
  "The 'options' property was removed in version 2.16.0. Please remove it from your request payload."

/** Medusa's UpdateProduct (with an `id`, an item of the batch route's `update`). */
export const UpdateProduct = z
  .object({
    title: text().optional(),
    discountable: booleanString().optional(),
    is_giftcard: booleanString().optional(),
    options: z
      .any()
      .optional()
      .superRefine((v, ctx) => {
        if (v !== undefined) ctx.addIssue({ code: "custom", message: OPTIONS_REMOVED })
      }),
    option_ids: z.array(text()).optional(),
    variants: z.array(UpdateProductVariant).optional(),
    status: status.optional(),
    images: z.array(z.object({ id: text().optional(), url: text() })).optional(),
    ...productScalars,
    shipping_profile_id: nullableText(),
  })
  .strict()
export const UpdateProductBody = UpdateProduct.extend(additionalData)

export const VariantInventoryItemBody = z.object({ required_quantity: z.number(), inventory_item_id: text() })
export const VariantInventoryItemUpdateBody = z.object({ required_quantity: z.number() })

/** POST /admin/products/:id/variants/inventory-items/batch (`sdk.admin.product.batchVariantInventoryItems`). */
const variantItemLink = z
  .object({ required_quantity: z.number(), inventory_item_id: text(), variant_id: text() })
  .strict()
export const VariantInventoryItemsBatchBody = z
  .object({
    create: z.array(variantItemLink).max(10_000).optional(),
    update: z.array(variantItemLink).max(10_000).optional(),
    delete: z
      .array(z.object({ inventory_item_id: text(), variant_id: text() }).strict())
      .max(10_000)
      .optional(),
  })
  .strict()

export const RetrieveQuery = z.object(retrieveParams()).strict()

const variantFilterFields = {
  id: stringOrArray().optional(),
  manage_inventory: booleanString().optional(),
  allow_backorder: booleanString().optional(),
  ...stringFilters("sku", "ean", "upc", "barcode"),
  ...timestampFilters(),
}

const VariantFilter = logicalFilter(variantFilterFields)

const productFilterFields = {
  ...productFilters(booleanString),
  sales_channel_id: stringOrArray().optional(),
  status: z.array(status).optional(),
  variants: VariantFilter.optional(),
}

const ProductFilter = logicalFilter(productFilterFields)

export const ListProductsQuery = z.object({
  ...listParams(DEFAULT_LIMIT),
  ...productFilterFields,
  price_list_id: z.array(text()).optional(),
  $and: z.array(ProductFilter).optional(),
  $or: z.array(ProductFilter).optional(),
})

export const ListVariantsQuery = z
  .object({
    ...listParams(VARIANT_DEFAULT_LIMIT),
    q: text().optional(),
    ...variantFilterFields,
    $and: z.array(VariantFilter).optional(),
    $or: z.array(VariantFilter).optional(),
  })
  .strict()
