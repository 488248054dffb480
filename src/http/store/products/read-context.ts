import type { Container } from "../../../app/container.js"
import type { ComputedContext } from "../../../framework/model/index.js"
import { inventoryChannel } from "./channel-scope.js"
import type { PricingParams } from "./pricing-context.js"
import { storePriceContext } from "./store-price-context.js"

/** What a store product or variant read selected: its fields, and whether it prices and counts stock. */
export interface PricedSelection {
  fields: string[]
  inventory: boolean
  prices: boolean
}

/**
 * The Query context of a store catalogue read: the pricing context when prices are selected, the
 * inventory channel when stock is. A read by id passes `deferInventory` (the stock field): Medusa
 * answers 404 for an unknown id before the channel error, so the error is returned (to be thrown
 * after the read) and that field left out of `fields`.
 */
export async function storeReadContext(
  c: Container,
  channels: { key: readonly string[]; set: readonly string[] },
  q: PricingParams,
  selection: PricedSelection,
  groups: readonly string[] | undefined,
  deferInventory?: string,
): Promise<{ context: ComputedContext; fields: string[]; inventoryError?: unknown }> {
  const context: ComputedContext = {}
  if (selection.prices) Object.assign(context, await storePriceContext(c, q, channels, groups))
  let fields = selection.fields
  let inventoryError: unknown
  if (selection.inventory) {
    try {
      context.sales_channel_id = inventoryChannel(channels.key, channels.set)
    } catch (error) {
      if (deferInventory === undefined) throw error
      inventoryError = error
      fields = fields.filter((f) => f !== deferInventory)
    }
  }
  return { context, fields, inventoryError }
}
