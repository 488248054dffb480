import type { Container } from "../../../app/container.js"

type Adjustment = { code: string | null; amount: number; promotion_id: string | null; description: string | null }
export interface CartAdjustments {
  items: { id: string; adjustments: Adjustment[] }[]
  shipping_methods: { id: string; adjustments: Adjustment[] }[]
}

const ADJUSTMENT_FIELDS = ["code", "amount", "promotion_id", "description", "is_tax_inclusive"]

/** The cart's adjustments, read for completion (one Query statement). */
export async function cartAdjustments(tx: Container, cartId: string): Promise<CartAdjustments> {
  const { data } = await tx.query.graph<CartAdjustments>({
    entity: "cart",
    fields: [
      "id",
      "items.id",
      "shipping_methods.id",
      ...ADJUSTMENT_FIELDS.flatMap((f) => [`items.adjustments.${f}`, `shipping_methods.adjustments.${f}`]),
    ],
    filters: { id: cartId },
  })
  return data[0] ?? { items: [], shipping_methods: [] }
}

/**
 * Medusa's registerUsageStep at completion: each adjustment of the cart counts against its
 * promotion's limit and campaign budget, whose rows the promotion module locks for the rest of
 * the order's transaction, so concurrent completions cannot overspend a budget (the one that
 * would pass it is refused with Medusa's "Promotion usage exceeds the budget limit.").
 */
export async function registerPromotionUsage(tx: Container, cart: CartAdjustments): Promise<void> {
  const lines = [...cart.items, ...cart.shipping_methods]
  const uses = lines.flatMap((l) =>
    l.adjustments.flatMap((a) => (a.code ? [{ code: a.code, amount: Number(a.amount) }] : [])),
  )
  await tx.modules.promotion.registerUsage(uses)
}

/** The promotions the cart's adjustments come from (the order is linked to them). */
export function promotionIds(cart: CartAdjustments): string[] {
  const lines = [...cart.items, ...cart.shipping_methods]
  return [...new Set(lines.flatMap((l) => l.adjustments.flatMap((a) => (a.promotion_id ? [a.promotion_id] : []))))]
}
