import type { Container } from "../../app/container.js"
import { notFound } from "../../framework/errors.js"
import { explainPromotion, type Preview } from "../../modules/promotion/explain/index.js"
import { promotionContext } from "../cart/steps/promotion-context.js"

/** The codes a cart holds: its promotions and its adjustments' codes (Medusa reads the latter). */
function codesOnCart(cart: Awaited<ReturnType<typeof promotionContext>>): string[] {
  const codes = new Set(cart.promotions.map((p) => p.code))
  for (const line of [...cart.items, ...cart.shipping_methods])
    for (const adjustment of line.adjustments) if (adjustment.code) codes.add(adjustment.code)
  return [...codes]
}

/**
 * GET /admin/promotions/:id/preview?cart_id= (beyond Medusa): reads the promotion whatever its
 * state, the cart as the promotion rules see it and the promotions it applies now, and explains
 * (docs/promotions.md). A read: no transaction, nothing written, no event.
 */
export async function previewPromotion(c: Container, promotionId: string, cartId: string): Promise<Preview> {
  const promotion = await c.modules.promotion.promotionForPreview(promotionId)
  if (!promotion) throw notFound(`Promotion with id or code: ${promotionId} was not found`)
  const { data } = await c.query.graph<{ id: string }>({ entity: "cart", fields: ["id"], filters: { id: cartId } })
  if (!data.length) throw notFound(`Cart id not found: ${cartId}`)
  const cart = await promotionContext(c, cartId)
  const codes = codesOnCart(cart)
  const live = await c.modules.promotion.activePromotions(codes)
  const others = live.filter((p) => p.is_automatic || codes.includes(p.code))
  return explainPromotion({ promotion, cart, codesOnCart: codes, others, now: new Date() })
}
