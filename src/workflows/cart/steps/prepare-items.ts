import type { Container } from "../../../app/container.js"
import { invalidData } from "../../../framework/errors.js"
import { lineItemData, type LineItemInput } from "./line-item-data.js"
import { priceLines, type PricingContext } from "./pricing.js"
import { assertPurchasable } from "./purchasable.js"
import type { CartVariant } from "./variants.js"

export type PreparedLine = ReturnType<typeof lineItemData>

/**
 * Medusa's get-variants-and-items-with-prices, plus salesgraph's channel rule: every variant
 * must exist and belong to a published product, the product must be sold in the cart's sales
 * channel (beyond Medusa, which lets any product in), and the variant must have a price in the
 * cart's currency. `priceQuantity` is the quantity the price is picked for (the merged line's).
 */
export async function prepareItems(
  c: Container,
  items: (LineItemInput & { priceQuantity?: number })[],
  variants: Map<string, CartVariant>,
  context: PricingContext & { sales_channel_id: string },
): Promise<PreparedLine[]> {
  if (items.length === 0) return []
  if (!context.currency_code) throw invalidData("Method calculatePrices requires currency_code in the pricing context")
  const missing = items
    .filter((i) => variants.get(i.variant_id)?.product?.status !== "published")
    .map((i) => i.variant_id)
  if (missing.length) {
    throw invalidData(`Variants ${missing.join(", ")} do not exist or belong to a product that is not published`)
  }
  assertSoldInChannel(
    items.map((i) => variants.get(i.variant_id)!),
    context.sales_channel_id,
  )
  const prices = await priceLines(
    c,
    items.map((i) => ({ variant_id: i.variant_id, quantity: i.priceQuantity ?? i.quantity })),
    context,
  )
  const unpriced = items.filter((_, n) => prices[n] === undefined).map((i) => i.variant_id)
  if (unpriced.length) throw invalidData(`Variants with IDs ${unpriced.join(", ")} do not have a price`)
  return items.map((item, n) => lineItemData(variants.get(item.variant_id)!, item, prices[n]!))
}

/** A variant can only be bought in a sales channel its product is linked to, and purchasable in now. */
export function assertSoldInChannel(variants: CartVariant[], salesChannelId: string) {
  const outside = [
    ...new Set(
      variants.filter((v) => !v.product?.sales_channels.some((sc) => sc.id === salesChannelId)).map((v) => v.id),
    ),
  ]
  if (outside.length) {
    throw invalidData(
      `Variants ${outside.join(", ")} do not belong to a product available in sales channel ${salesChannelId}`,
    )
  }
  assertPurchasable(variants, salesChannelId)
}
