import type { Container } from "../../../app/container.js"
import type { ComputedContext } from "../../../framework/model/index.js"
import { priceChannel } from "./price-channel.js"
import { pricingContext, type PricingParams } from "./pricing-context.js"
import { storePriceFacts } from "./store-price-facts.js"

/**
 * The Query context of a store read's `calculated_price` (docs/pricing.md): the region and its
 * currency, the channel, and a signed-in customer's groups (`groups`, undefined for a guest), as
 * Medusa's setPricingContext puts `customer.groups` in it; and facts about price lists and tax
 * preferences that spare every variant its look-ups (store-price-facts.ts).
 */
export async function storePriceContext(
  c: Container,
  params: PricingParams,
  channels: { key: readonly string[]; set: readonly string[] },
  groups: readonly string[] | undefined,
): Promise<ComputedContext> {
  const pricing = await pricingContext(c, params)
  return {
    ...pricing,
    ...(await storePriceFacts(c, pricing.region_id, pricing.currency_code)),
    ...priceChannel(channels.key, channels.set),
    ...(groups && { customer_group_ids: groups }),
  }
}
