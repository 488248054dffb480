import type { Container } from "../../../app/container.js"
import { invalidData } from "../../../framework/errors.js"

/** What a cart's prices depend on: Medusa's cart pricing context, and salesgraph's channel. */
export interface PricingContext {
  currency_code: string | null | undefined
  region_id: string | null | undefined
  /** the cart's customer: price lists for its groups apply */
  customer_id?: string | null
  /** the cart's channel: prices limited to other channels do not apply (docs/pricing.md) */
  sales_channel_id?: string | null
}

export interface LinePrice {
  amount: number
  is_tax_inclusive: boolean
}

interface CalculatedPrice {
  calculated_amount: number
  is_calculated_price_tax_inclusive: boolean
}

/**
 * The prices of (variant, quantity) pairs as the store shows them: each variant's
 * `calculated_price` (price lists, customer groups, channel, quantity ranges; one SQL
 * expression), read with one Query statement per distinct quantity. Undefined: no price.
 */
export async function priceLines(
  c: Container,
  lines: { variant_id: string; quantity: number }[],
  context: PricingContext,
): Promise<(LinePrice | undefined)[]> {
  if (!context.currency_code) throw invalidData("Method calculatePrices requires currency_code in the pricing context")
  const found = new Map<string, LinePrice>()
  for (const quantity of new Set(lines.map((l) => l.quantity))) {
    const ids = [...new Set(lines.filter((l) => l.quantity === quantity).map((l) => l.variant_id))]
    const { data } = await c.query.graph<{ id: string; calculated_price: CalculatedPrice | null }>({
      entity: "product_variant",
      fields: ["id", "calculated_price"],
      filters: { id: ids },
      context: {
        currency_code: context.currency_code,
        region_id: context.region_id ?? undefined,
        customer_id: context.customer_id ?? undefined,
        sales_channel_id: context.sales_channel_id ?? undefined,
        quantity,
      },
    })
    for (const { id, calculated_price: price } of data)
      if (price)
        found.set(`${id}:${quantity}`, {
          amount: Number(price.calculated_amount),
          is_tax_inclusive: price.is_calculated_price_tax_inclusive,
        })
  }
  return lines.map((l) => found.get(`${l.variant_id}:${l.quantity}`))
}
