import { invalidData } from "../../../framework/errors.js"
import { clock } from "../../../framework/clock.js"
import type { CartVariant } from "./variants.js"

/**
 * A product's listing in the cart's channel must be purchasable and inside its window now
 * (docs/channel-listings.md), when a line is added and again when the cart is completed.
 * A hidden product stays purchasable: hiding only keeps it out of listings.
 */
export function assertPurchasable(variants: CartVariant[], salesChannelId: string, now = clock.now()) {
  const at = now.getTime()
  const refused = variants.filter((v) => {
    const listing = v.product?.sales_channels_link?.find((l) => l.sales_channel_id === salesChannelId)
    if (!listing) return false // not linked: the channel rule refuses it
    const from = listing.available_from ? Date.parse(listing.available_from) : -Infinity
    const until = listing.available_until ? Date.parse(listing.available_until) : Infinity
    return !listing.purchasable || at < from || at >= until
  })
  const ids = [...new Set(refused.map((v) => v.id))]
  if (ids.length) {
    throw invalidData(`Variants ${ids.join(", ")} are not available for purchase in sales channel ${salesChannelId}`)
  }
}
