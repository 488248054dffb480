import type { ComputedContext } from "../../../framework/model/index.js"
import type { Schema } from "../../../framework/query/schema.js"
import { resolveFields } from "../../helpers/fields.js"
import { supportedFields } from "../../helpers/supported-fields.js"
import { DEFAULT_FIELDS } from "./query-config.js"

/**
 * Product fields; Medusa's admin product routes silently drop `variants.inventory_quantity`, and
 * fields nothing can answer (supportedFields). A category's columns come with its parent as
 * the ORM references it: `{id}` or null.
 */
export function productFields(schema: Schema, param: string | undefined): string[] {
  const fields = supportedFields(
    schema,
    "product",
    resolveFields(DEFAULT_FIELDS, param).filter((f) => f !== "variants.inventory_quantity"),
  )
  return fields.includes("categories.*") ? [...new Set([...fields, "categories.parent_category.id"])] : fields
}

/**
 * Variant fields (those something can answer): `inventory_quantity` is the total available over
 * every location (Medusa's getTotalVariantAvailability on the admin variant lists) and brings
 * `manage_inventory` along.
 */
export function variantFields(
  schema: Schema,
  defaults: readonly string[],
  param: string | undefined,
): { fields: string[]; context?: ComputedContext } {
  const fields = supportedFields(schema, "product_variant", resolveFields(defaults, param))
  if (!fields.includes("inventory_quantity")) return { fields }
  return { fields: [...new Set([...fields, "manage_inventory"])], context: { all_locations: true } }
}

const selects = (fields: string[], relation: string) =>
  fields.some((f) => f === relation || f.startsWith(`${relation}.`))

/** The product module lists images by rank (then id), the product's and each variant's. */
export function productOrder(order: Record<string, "ASC" | "DESC"> | undefined, fields: string[]) {
  const out = { ...order }
  if (selects(fields, "images")) out["images.rank"] ??= "ASC"
  if (selects(fields, "variants.images")) out["variants.images.rank"] ??= "ASC"
  return out
}
