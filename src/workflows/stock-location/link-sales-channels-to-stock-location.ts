import type { Container } from "../../app/container.js"
import { assertExist } from "../sales-channel/link-products-to-sales-channel.js"

export interface LinkSalesChannelsToStockLocationInput {
  /** the stock location */
  id: string
  add?: string[]
  remove?: string[]
}

/**
 * link-sales-channels-to-stock-location: the location and every channel must exist (not_found,
 * beyond Medusa, which stores dangling links) · link `add` · dismiss `remove`. One transaction:
 * a refused request writes nothing.
 */
export function linkSalesChannelsToStockLocationWorkflow(
  c: Container,
  input: LinkSalesChannelsToStockLocationInput,
): Promise<void> {
  return c.transaction(async (tx) => {
    await assertExist(tx, "stock_location", [input.id], () => `Stock location with id: ${input.id} was not found`)
    const add = input.add ?? []
    const remove = input.remove ?? []
    await assertExist(
      tx,
      "sales_channel",
      [...add, ...remove],
      (m) => `Sales channels with IDs ${m.join(", ")} do not exist`,
    )
    const pair = (channelId: string) => ({
      sales_channel: { sales_channel_id: channelId },
      stock_location: { stock_location_id: input.id },
    })
    if (add.length) await tx.link.create(add.map(pair))
    if (remove.length) await tx.link.dismiss(remove.map(pair))
  })
}
