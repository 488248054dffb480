import { invalidData } from "../../../framework/errors.js"
import { resolveFields } from "../../helpers/fields.js"
import { ALLOWED_FIELDS, DEFAULT_FIELDS } from "./query-config.js"

/**
 * The Query fields of a store product read, from the `fields` parameter (docs/medusa-contract.md §3.5): the
 * allow-list drops what a storefront may not see, then the computed values and Medusa's
 * output quirks are applied.
 */

/** Medusa's order parameter: one field, `-` for descending, checked against the allow-list. */
export function storeOrder(
  param: string | undefined,
  allowed: ReadonlySet<string>,
): Record<string, "ASC" | "DESC"> | undefined {
  if (param === undefined) return undefined
  const desc = param.startsWith("-")
  const field = desc ? param.slice(1) : param
  if (!allowed.has(field)) throw invalidData(`Order field ${field} is not valid`)
  return { [field]: desc ? "DESC" : "ASC" }
}

/** `rel.computed.*` (from `*rel.computed`) names the value itself. */
export function normaliseComputed(fields: string[], computed: readonly string[]): string[] {
  return [...new Set(fields.map((f) => (f.endsWith(".*") && computed.includes(f.slice(0, -2)) ? f.slice(0, -2) : f)))]
}

/** The columns Medusa shows for a product option (here options also carry `product_id`). */
export const OPTION_COLUMNS = ["id", "title", "is_exclusive", "metadata", "created_at", "updated_at", "deleted_at"]

/**
 * An option value's `option` as Medusa renders it: its id, plus the option columns the same
 * request loaded elsewhere (the ORM's identity map fills them in).
 */
export function optionOfValues(fields: string[], valuesPath: string, loadedOptionColumns: string[]): string[] {
  if (!fields.includes(`${valuesPath}.*`)) return fields
  const columns = new Set(["id", ...loadedOptionColumns])
  return [...fields, ...[...columns].map((c) => `${valuesPath}.option.${c}`)]
}

export interface ProductSelection {
  fields: string[]
  inventory: boolean
  prices: boolean
  /** the request names categories (the detail route then hides internal ones) */
  categories: boolean
}

const selections = new Map<string, ProductSelection>()
const MAX_SELECTIONS = 200

/**
 * productSelection, remembered per (fields, region given, detail route): every uncached store
 * read asks it, and most ask the same few. The remembered field lists are frozen (shared).
 */
export function productSelection(
  param: string | undefined,
  options: { regionGiven: boolean; detail: boolean },
): ProductSelection {
  const key = `${options.regionGiven ? 1 : 0}${options.detail ? 1 : 0}${param === undefined ? "" : "=" + param}`
  const known = selections.get(key)
  if (known) return known
  const selection = selectProductFields(param, options)
  Object.freeze(selection.fields)
  Object.freeze(selection)
  if (selections.size >= MAX_SELECTIONS) selections.delete(selections.keys().next().value!)
  selections.set(key, selection)
  return selection
}

function selectProductFields(
  param: string | undefined,
  options: { regionGiven: boolean; detail: boolean },
): ProductSelection {
  let fields = normaliseComputed(resolveFields(DEFAULT_FIELDS, param, ALLOWED_FIELDS), [
    "variants.calculated_price",
    "variants.inventory_quantity",
  ])
  const categories = fields.some((f) => f.startsWith("categories"))
  const inventory = fields.includes("variants.inventory_quantity")
  if (inventory) fields.push("variants.id", "variants.manage_inventory")
  // region_id alone asks for prices (Medusa's normalizeDataForContext)
  if (options.regionGiven && !fields.includes("variants.calculated_price")) fields.push("variants.calculated_price")
  const prices = fields.includes("variants.calculated_price")

  const expandOption = (path: string) => (f: string) =>
    f === path || f === `${path}.*` ? OPTION_COLUMNS.map((c) => `${path}.${c}`) : [f]
  fields = fields.flatMap(expandOption("options")).flatMap(expandOption("variants.options.option"))
  const rootOptionColumns = fields.filter((f) => /^options\.[a-z_]+$/.test(f)).map((f) => f.slice("options.".length))
  fields = optionOfValues(
    fields,
    "variants.options",
    rootOptionColumns.filter((c) => OPTION_COLUMNS.includes(c)),
  )

  // a category's columns come with its parent as the ORM references it: `{id}` or null
  if (fields.includes("categories.*")) fields.push("categories.parent_category.id")
  // the detail route always reads categories.is_internal (Medusa's route does)
  if (options.detail) fields.push("categories.is_internal")
  return { fields: [...new Set(fields)], inventory, prices, categories }
}
