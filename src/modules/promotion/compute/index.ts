import { buyGetActions, byBuyGetType, type UsedItems } from "./buyget.js"
import { itemActions } from "./items.js"
import { rulesHold } from "./rules.js"
import { shippingActions } from "./shipping.js"
import type { Action, Applied, CartContext, PromotionData } from "./types.js"

export type { Action, CartContext, PromotionData } from "./types.js"

/**
 * Medusa's computeActions, for promotions already filtered to the live, active ones in date
 * whose code is asked for or that are automatic (given highest value first): limits, currency,
 * the promotion's rules on the cart, then buyget before standard, item/order/shipping targets.
 */
export function computeActions(promotions: PromotionData[], context: CartContext): Action[] {
  const actions: Action[] = []
  const applied: Applied = new Map()
  const usedBuy: UsedItems = new Map()
  const usedTarget: UsedItems = new Map()
  for (const promotion of [...promotions].sort(byBuyGetType)) {
    const method = promotion.application_method
    if (!method) continue
    if (typeof promotion.limit === "number" && promotion.limit !== null && (promotion.used ?? 0) >= promotion.limit) {
      actions.push({ action: "promotionLimitExceeded", code: promotion.code })
      continue
    }
    if (method.currency_code && context.currency_code !== method.currency_code) continue
    if (!rulesHold(promotion.rules, context)) continue
    if (promotion.type === "buyget") {
      actions.push(...buyGetActions(promotion, context.items, applied, usedBuy, usedTarget))
    } else if (method.target_type === "shipping_methods") {
      actions.push(...shippingActions(promotion, context.shipping_methods, applied))
    } else {
      actions.push(
        ...itemActions(promotion, context.items, applied, method.target_type === "order" ? "across" : undefined),
      )
    }
  }
  return actions
}
