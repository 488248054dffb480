import type { Container } from "../../app/container.js"
import type { ModelRow } from "../../framework/service/index.js"
import type { SalesChannel } from "../../modules/sales-channel/models/sales-channel.js"

export interface CreateSalesChannelInput {
  name: string
  description?: string | null
  is_disabled?: boolean
  metadata?: Record<string, unknown> | null
}

/** create-sales-channels: create the channels · emit `sales-channel.created` for each. */
export function createSalesChannelsWorkflow(
  c: Container,
  input: CreateSalesChannelInput[],
): Promise<ModelRow<typeof SalesChannel>[]> {
  return c.transaction(async (tx) => {
    const channels = await tx.modules.sales_channel.createSalesChannels(input)
    for (const channel of channels) tx.emit("sales-channel.created", { id: channel.id })
    return channels
  })
}
