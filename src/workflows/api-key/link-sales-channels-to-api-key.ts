import type { Container } from "../../app/container.js"
import { missingIds } from "../common/missing-ids.js"
import { invalidData, notFound } from "../../framework/errors.js"

export interface LinkSalesChannelsToApiKeyInput {
  id: string
  add?: string[]
  remove?: string[]
}

/** Ids among `ids` that are no live sales channel. */
const missingChannels = (c: Container, ids: string[]) => missingIds(c, "sales_channel", ids)

/**
 * link-sales-channels-to-api-key: the key must exist and be publishable · every `add` channel
 * must exist (invalid_data, as Medusa) · every `remove` channel too (not_found, beyond Medusa) ·
 * link `add`, dismiss `remove`. One transaction: a refused request writes nothing.
 */
export function linkSalesChannelsToApiKeyWorkflow(c: Container, input: LinkSalesChannelsToApiKeyInput): Promise<void> {
  return c.transaction(async (tx) => {
    const [key] = await tx.modules.api_key.listApiKeys({ id: input.id }, { select: ["id", "type"], take: 1 })
    if (!key) throw notFound(`API Key with id: ${input.id} was not found`)
    if (key.type !== "publishable") throw invalidData("Sales channels can only be associated with publishable API keys")
    const add = input.add ?? []
    const remove = input.remove ?? []
    const missingAdd = await missingChannels(tx, add)
    if (missingAdd.length) throw invalidData(`Sales channels with IDs ${missingAdd.join(", ")} do not exist`)
    const missingRemove = await missingChannels(tx, remove)
    if (missingRemove.length) throw notFound(`Sales channels with IDs ${missingRemove.join(", ")} do not exist`)
    const pair = (channelId: string) => ({
      api_key: { publishable_key_id: input.id },
      sales_channel: { sales_channel_id: channelId },
    })
    if (add.length) await tx.link.create(add.map(pair))
    if (remove.length) await tx.link.dismiss(remove.map(pair))
  })
}
