import type { ComputedContext } from "../../../framework/model/index.js"
import { resolveFields } from "../../helpers/fields.js"
import { DEFAULT_FIELDS } from "./query-config.js"

/** Product fields; Medusa's admin product routes silently drop `variants.inventory_quantity`. */
export function productFields(param: string | undefined): string[] {
  return resolveFields(DEFAULT_FIELDS, param).filter((f) => f !== "variants.inventory_quantity")
}

/**
 * Variant fields: `inventory_quantity` is the total available over every location (Medusa's
 * getTotalVariantAvailability on the admin variant routes) and brings `manage_inventory` along.
 */
export function variantFields(defaults: readonly string[], param: string | undefined): { fields: string[]; context?: ComputedContext } {
  const fields = resolveFields(defaults, param)
  if (!fields.includes("inventory_quantity")) return { fields }
  return { fields: [...new Set([...fields, "manage_inventory"])], context: { all_locations: true } }
}
