import type { PublishableKeyContext } from "../../context.js"

/** Medusa's request-level error body (ensurePublishableKeyAndSalesChannelMatch). */
export const KEY_CHANNEL_MESSAGE = "Provided request body contains errors. Please check the data and retry the request"

/**
 * Spec §8.3 step 1, on cart creation only: a key with channels decides the cart's channel. A
 * body channel must be one of the key's; without one, a key with exactly one channel gives it,
 * a key with several is an error. A key without channels lets any body channel through.
 * Returns the error text, or the channel id the body should carry.
 */
export function channelFromKey(
  key: PublishableKeyContext | undefined,
  bodyChannel: string | null | undefined,
): { error: string } | { sales_channel_id: string | null | undefined } {
  const channels = key?.sales_channel_ids ?? []
  if (channels.length === 0) return { sales_channel_id: bodyChannel }
  if (bodyChannel) {
    if (!channels.includes(bodyChannel)) {
      return {
        error: `Sales channel ID in payload ${bodyChannel} is not associated with the Publishable API Key in the header.`,
      }
    }
    return { sales_channel_id: bodyChannel }
  }
  if (channels.length > 1) {
    return {
      error:
        "Cannot assign sales channel to cart. The Publishable API Key in the header has multiple associated sales channels. Please provide a sales channel ID in the request body.",
    }
  }
  return { sales_channel_id: channels[0] }
}
