import { z } from "zod"
import { text } from "../../validation/common.js"
import { CreateProduct, CreateProductVariant, UpdateProduct, UpdateProductVariant } from "./validators.js"

/**
 * Bodies of the admin batch routes (Medusa's createBatchBody): `{create?, update?, delete?}`,
 * strict at every level; an update names its record by `id`; no `additional_data` in items.
 */
const batchBody = <C extends z.ZodType, U extends z.ZodType>(create: C, update: U) =>
  z
    .object({
      create: z.array(create).max(10_000).optional(),
      update: z.array(update).max(10_000).optional(),
      delete: z.array(text()).max(10_000).optional(),
    })
    .strict()

/** POST /admin/products/batch (`sdk.admin.product.batch`). */
export const BatchProductsBody = batchBody(CreateProduct, UpdateProduct.extend({ id: text() }))

/** POST /admin/products/:id/variants/batch (`sdk.admin.product.batchVariants`). */
export const BatchProductVariantsBody = batchBody(CreateProductVariant, UpdateProductVariant.extend({ id: text() }))
