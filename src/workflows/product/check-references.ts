import type { Container } from "../../app/container.js"
import { missingIds } from "../common/missing-ids.js"
import { invalidData, notFound } from "../../framework/errors.js"

/**
 * Records a product write points at must exist, checked before the first write: tags and
 * inventory items as Medusa words it; sales channels beyond Medusa (which would store a
 * dangling link), as not_found. Only what the input names is queried.
 */
export async function assertReferencesExist(
  tx: Container,
  refs: { salesChannelIds?: string[]; inventoryItemIds?: string[]; tagIds?: string[] },
): Promise<void> {
  const tags = await missingIds(tx, "product_tag", refs.tagIds ?? [])
  if (tags.length)
    throw invalidData(`Tag with id ${tags[0]} not found. Please create the tag before associating it with the product.`)
  const items = await missingIds(tx, "inventory_item", refs.inventoryItemIds ?? [])
  if (items.length) throw invalidData(`Inventory Items with ids: ${items.join(", ")} was not found`)
  const channels = await missingIds(tx, "sales_channel", refs.salesChannelIds ?? [])
  if (channels.length) throw notFound(`Sales channels with IDs ${channels.join(", ")} do not exist`)
}
