import type { Container } from "../../app/container.js"
import { invalidData } from "../../framework/errors.js"
import type { LinkDefinition } from "../../framework/link/link-api.js"

/** A product's listing in one sales channel (docs/channel-listings.md); absent fields are kept. */
export interface ChannelListingInput {
  product_id: string
  sales_channel_id: string
  visible?: boolean
  purchasable?: boolean
  available_from?: string | null
  available_until?: string | null
}

const STATE = ["visible", "purchasable", "available_from", "available_until"] as const

const pairOf = (item: ChannelListingInput): LinkDefinition => ({
  product: { product_id: item.product_id },
  sales_channel: { sales_channel_id: item.sales_channel_id },
  data: Object.fromEntries(STATE.filter((k) => item[k] !== undefined).map((k) => [k, item[k]])),
})

/** A window must open before it closes (checked on the stored result, so partial updates count). */
function assertWindow(rows: Record<string, unknown>[]) {
  const bad = rows.find(
    (r) =>
      r.available_from != null &&
      r.available_until != null &&
      Date.parse(String(r.available_from)) >= Date.parse(String(r.available_until)),
  )
  if (bad) {
    throw invalidData(
      `available_from must be before available_until (product ${String(bad.product_id)}, sales channel ${String(bad.sales_channel_id)})`,
    )
  }
}

/**
 * Sets listings inside the caller's transaction: live links are updated
 * (`LinkProductSalesChannel.updated` with both ids, the changed and the previous values), missing
 * ones are created with the given state (`.attached`); unknown products or channels → 404.
 */
export async function setChannelListings(tx: Container, items: ChannelListingInput[]): Promise<void> {
  if (items.length === 0) return
  const { updated, unlinked } = await tx.link.update(items.map(pairOf))
  const created = unlinked.length ? await tx.link.create(unlinked) : []
  assertWindow([...updated.map((u) => u.row), ...created])
}

/** set-channel-listings: one transaction; a refused item writes nothing. */
export function setChannelListingsWorkflow(c: Container, items: ChannelListingInput[]): Promise<void> {
  return c.transaction((tx) => setChannelListings(tx, items))
}
