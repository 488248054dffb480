import type { Container } from "../../../app/container.js"
import { invalidData, notFound } from "../../../framework/errors.js"

export interface CartChannel {
  id: string
  name: string
  is_disabled: boolean
  /** ids of the live stock locations linked to the channel, in id order */
  location_ids: string[]
}

const CHANNEL_FIELDS = ["id", "name", "is_disabled", "stock_locations.id"]

async function channelById(c: Container, id: string): Promise<CartChannel> {
  const { data } = await c.query.graph<CartChannel & { stock_locations: { id: string }[] }>({
    entity: "sales_channel",
    fields: CHANNEL_FIELDS,
    filters: { id },
    pagination: { take: 1 },
  })
  const row = data[0]
  if (!row) throw notFound(`SalesChannel with id: ${id} was not found`)
  return {
    id: row.id,
    name: row.name,
    is_disabled: row.is_disabled,
    location_ids: row.stock_locations.map((l) => l.id),
  }
}

/**
 * Medusa's find-sales-channel + validate-sales-channel steps: a given id must exist; omitted
 * (undefined) means the store's default channel; null or "" means none, which is refused. A
 * disabled channel is refused too.
 */
export async function resolveCartSalesChannel(c: Container, id: string | null | undefined): Promise<CartChannel> {
  let channel: CartChannel | undefined
  if (id) {
    channel = await channelById(c, id)
  } else if (id === undefined) {
    const [store] = await c.modules.store.listStores({}, { select: ["id", "default_sales_channel_id"], take: 1 })
    if (store?.default_sales_channel_id) channel = await channelById(c, store.default_sales_channel_id)
  }
  if (channel) assertChannelEnabled(channel)
  if (!channel) {
    throw invalidData(
      "Sales channel is required when creating a cart. Either provide a sales channel ID or set the default sales channel for the store.",
    )
  }
  return channel
}

/** Carts cannot be put into, nor buy from, a disabled channel. */
export function assertChannelEnabled(channel: { name: string; is_disabled: boolean }) {
  if (channel.is_disabled) throw invalidData(`Unable to assign cart to disabled Sales Channel: ${channel.name}`)
}
