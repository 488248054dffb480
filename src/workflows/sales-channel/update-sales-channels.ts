import type { Container } from "../../app/container.js"
import { notFound } from "../../framework/errors.js"
import type { Row } from "../../framework/service/index.js"
import type { CreateSalesChannelInput } from "./create-sales-channels.js"

/** update-sales-channels: update the channel (metadata merges) · emit `sales-channel.updated`. */
export function updateSalesChannelWorkflow(
  c: Container,
  id: string,
  update: Partial<CreateSalesChannelInput>,
): Promise<Row> {
  return c.transaction(async (tx) => {
    const [channel] = await tx.modules.sales_channel.updateSalesChannels({ selector: { id }, data: update })
    if (!channel) throw notFound(`Sales channel with id "${id}" not found`)
    tx.emit("sales-channel.updated", { id })
    return channel
  })
}
