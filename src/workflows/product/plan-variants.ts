import { invalidData } from "../../framework/errors.js"
import { generateId } from "../../framework/ids.js"
import type { ProductGraphRows } from "../../modules/product/service.js"
import { variantColumns, type CreateVariantInput } from "./inputs.js"
import {
  assertNotTaken,
  assertUniqueCombinations,
  resolveVariantOptions,
  type OptionState,
  type VariantOptionState,
} from "./variant-options.js"

/** A variant about to be created, with what its inventory setup needs. */
export interface PlannedVariant {
  id: string
  input: CreateVariantInput
  manageInventory: boolean
}

/**
 * Rows of new variants of one product (variant, prices, option values) appended to `graph`,
 * after Medusa's checks: option values exist, combinations unique among the new variants and
 * against `existing`, no inventory item twice on one variant.
 */
export function planNewVariants(
  productId: string,
  inputs: CreateVariantInput[],
  options: OptionState[],
  existing: VariantOptionState[],
  graph: ProductGraphRows,
): PlannedVariant[] {
  const planned = inputs.map((input) => ({
    id: generateId("variant"),
    input,
    manageInventory: input.manage_inventory ?? true,
    valueIds: resolveVariantOptions(input, options),
  }))
  const states = planned.map((p) => ({ id: p.id, title: p.input.title, valueIds: p.valueIds }))
  // beyond Medusa, which creates new variants sharing a combination (it checks them only
  // against existing ones): two such variants could not be told apart by their options
  assertUniqueCombinations(states)
  assertNotTaken(states, existing)
  const duplicated = planned.filter((p) => {
    const ids = (p.input.inventory_items ?? []).map((i) => i.inventory_item_id)
    return new Set(ids).size !== ids.length
  })
  if (duplicated.length) {
    throw invalidData(
      `Cannot associate duplicate inventory items to variant(s) ${duplicated.map((p) => p.id).join("\n")}`,
    )
  }
  for (const p of planned) {
    ;(graph.variants ??= []).push({
      ...variantColumns(p.input),
      id: p.id,
      product_id: productId,
      manage_inventory: p.manageInventory,
      allow_backorder: p.input.allow_backorder ?? false,
    })
    for (const price of p.input.prices) {
      ;(graph.prices ??= []).push({
        currency_code: price.currency_code,
        amount: price.amount,
        min_quantity: price.min_quantity ?? null,
        max_quantity: price.max_quantity ?? null,
        rules: price.rules ?? {},
        variant_id: p.id,
      })
    }
    for (const valueId of p.valueIds) (graph.variantOptions ??= []).push([p.id, valueId])
  }
  return planned.map(({ id, input, manageInventory }) => ({ id, input, manageInventory }))
}
