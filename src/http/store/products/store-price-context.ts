import type { Container } from "../../../app/container.js"
import type { ComputedContext } from "../../../framework/model/index.js"
import { priceChannel } from "./price-channel.js"
import { pricingContext, type PricingParams } from "./pricing-context.js"

/**
 * The Query context of a store read's `calculated_price` (docs/pricing.md): the region and its
 * currency, the channel, and a signed-in customer's groups (`groups`, undefined for a guest), as
 * Medusa's setPricingContext puts `customer.groups` in it.
 */
export async function storePriceContext(
  c: Container,
  params: PricingParams,
  channels: { key: readonly string[]; set: readonly string[] },
  groups: readonly string[] | undefined,
): Promise<ComputedContext> {
  return {
    ...(await pricingContext(c, params)),
    ...priceChannel(channels.key, channels.set),
    ...(groups && { customer_group_ids: groups }),
  }
}
