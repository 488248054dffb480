import type { Container } from "../../app/container.js"
import { invalidData } from "../../framework/errors.js"

/**
 * delete-sales-channels: refuse a store's default channel · soft-delete · soft-delete every
 * link row of the channels (keys, products, locations) · emit `sales-channel.deleted`.
 */
export function deleteSalesChannelsWorkflow(c: Container, ids: string[]): Promise<void> {
  return c.transaction(async (tx) => {
    const defaults = await tx.modules.store.listStores(
      { default_sales_channel_id: ids },
      { select: ["default_sales_channel_id"] },
    )
    if (defaults.length) {
      const used = [...new Set(defaults.map((s) => s.default_sales_channel_id))]
      throw invalidData(`Cannot delete default sales channels: ${used.join(", ")}`)
    }
    const removed = await tx.modules.sales_channel.softDeleteSalesChannels(ids)
    const deleted = removed.sales_channel_id ?? []
    await tx.link.delete({ sales_channel: { sales_channel_id: deleted } })
    for (const id of deleted) tx.emit("sales-channel.deleted", { id })
  })
}
