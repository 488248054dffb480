import type { PriceInput } from "../../modules/product/service.js"

/** What the admin product and variant routes hand to the workflows (validated bodies). */

export interface IdRef {
  id: string
}

export interface VariantInventoryInput {
  inventory_item_id: string
  required_quantity?: number
}

export interface VariantFields {
  title?: string
  sku?: string | null
  ean?: string | null
  upc?: string | null
  barcode?: string | null
  hs_code?: string | null
  mid_code?: string | null
  thumbnail?: string | null
  allow_backorder?: boolean
  manage_inventory?: boolean
  variant_rank?: number
  weight?: number | null
  length?: number | null
  height?: number | null
  width?: number | null
  origin_country?: string | null
  material?: string | null
  metadata?: Record<string, unknown> | null
}

export interface CreateVariantInput extends VariantFields {
  title: string
  prices: PriceInput[]
  options?: Record<string, string>
  inventory_items?: VariantInventoryInput[]
}

export interface UpdateVariantInput extends VariantFields {
  id?: string
  prices?: PriceInput[]
  options?: Record<string, string>
}

export interface NewOption {
  title: string
  values: string[]
  ranks?: Record<string, number>
  is_exclusive?: boolean
  metadata?: Record<string, unknown> | null
}

export type OptionInput = NewOption | { id: string; value_ids?: string[] }

export interface ProductFields {
  title?: string
  subtitle?: string | null
  description?: string | null
  is_giftcard?: boolean
  discountable?: boolean
  thumbnail?: string | null
  handle?: string
  status?: "draft" | "proposed" | "published" | "rejected" | null
  external_id?: string | null
  type_id?: string | null
  collection_id?: string | null
  weight?: number | null
  length?: number | null
  height?: number | null
  width?: number | null
  hs_code?: string | null
  mid_code?: string | null
  origin_country?: string | null
  material?: string | null
  metadata?: Record<string, unknown> | null
}

export interface CreateProductInput extends ProductFields {
  title: string
  images?: { url: string }[]
  categories?: IdRef[]
  tags?: IdRef[]
  options?: OptionInput[]
  variants?: CreateVariantInput[]
  sales_channels?: IdRef[]
  /** links the product to that shipping profile (product-shipping-profile.ts) */
  shipping_profile_id?: string | null
}

export interface UpdateProductInput extends ProductFields {
  images?: { id?: string; url: string }[]
  categories?: IdRef[]
  tags?: IdRef[]
  option_ids?: string[]
  variants?: UpdateVariantInput[]
  sales_channels?: IdRef[]
  shipping_profile_id?: string | null
}

/** A variant row's columns, in the order the admin routes accept them. */
/** A variant's customs and size columns (Medusa's variant defaults list them in this order). */
export const VARIANT_CUSTOMS_FIELDS = [
  "hs_code",
  "origin_country",
  "mid_code",
  "material",
  "weight",
  "length",
  "height",
  "width",
] as const satisfies readonly (keyof VariantFields)[]

const VARIANT_COLUMNS = [
  "title",
  "sku",
  "ean",
  "upc",
  "barcode",
  "hs_code",
  "mid_code",
  "thumbnail",
  "allow_backorder",
  "manage_inventory",
  "variant_rank",
  "weight",
  "length",
  "height",
  "width",
  "origin_country",
  "material",
  "metadata",
] as const satisfies readonly (keyof VariantFields)[]

/** A product row's columns. */
const PRODUCT_COLUMNS = [
  "title",
  "subtitle",
  "description",
  "is_giftcard",
  "discountable",
  "thumbnail",
  "handle",
  "status",
  "external_id",
  "type_id",
  "collection_id",
  "weight",
  "length",
  "height",
  "width",
  "hs_code",
  "mid_code",
  "origin_country",
  "material",
  "metadata",
] as const satisfies readonly (keyof ProductFields)[]

/** The named keys of `input` that are set (not undefined); other keys are dropped. */
function pickDefined<T extends object>(input: T, keys: readonly (keyof T)[]): T {
  const out: Partial<T> = {}
  for (const key of keys) if (input[key] !== undefined) out[key] = input[key]
  return out as T
}

/** The columns of a variant row among the input's keys. */
export function variantColumns(v: VariantFields): VariantFields {
  return pickDefined(v, VARIANT_COLUMNS)
}

/** The columns of a product row among the input's keys. */
export function productColumns(p: ProductFields): ProductFields {
  return pickDefined(p, PRODUCT_COLUMNS)
}
