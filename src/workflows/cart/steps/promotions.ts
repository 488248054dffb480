import type { Container } from "../../../app/container.js"
import { invalidData } from "../../../framework/errors.js"
import { computeActions, type Action } from "../../../modules/promotion/compute/index.js"
import { promotionContext, type CartPromotionRead } from "./promotion-context.js"

export type PromotionAction = "add" | "remove" | "replace"
export interface PromotionChange {
  codes: string[]
  action: PromotionAction
}

/** Medusa's getPromotionCodesToApply: the codes in the cart's adjustments, changed by the action. */
async function codesToApply(tx: Container, cart: CartPromotionRead, change?: PromotionChange) {
  // a refresh re-applies the cart's promotions (Medusa's refresh-cart-items: REPLACE with their codes)
  if (!change) return cart.promotions.map((p) => p.code)
  const { codes, action } = change
  const current = new Set<string>()
  for (const line of [...cart.items, ...cart.shipping_methods])
    for (const adjustment of line.adjustments) if (adjustment.code) current.add(adjustment.code)
  if (action === "remove") for (const code of codes) current.delete(code)
  if (action === "replace") current.clear()
  if (action !== "remove" && codes.length) {
    const known = new Set((await tx.modules.promotion.listPromotions({ code: codes })).map((p) => String(p.code)))
    for (const code of codes) {
      if (!known.has(code)) throw invalidData(`The promotion code ${code} is invalid`)
      current.add(code)
    }
  }
  return [...current]
}

/** Writes the computed adjustments in place of the old ones, and links the promotions applied. */
async function writeAdjustments(tx: Container, cart: CartPromotionRead, actions: Action[], ids: Map<string, string>) {
  const cartModule = tx.modules.cart
  await cartModule.deleteLineItemAdjustments(cart.items.flatMap((i) => i.adjustments.map((a) => a.id)))
  await cartModule.deleteShippingMethodAdjustments(cart.shipping_methods.flatMap((m) => m.adjustments.map((a) => a.id)))
  const item = actions.flatMap((a) => (a.action === "addItemAdjustment" ? [a] : []))
  const shipping = actions.flatMap((a) => (a.action === "addShippingMethodAdjustment" ? [a] : []))
  await cartModule.createLineItemAdjustments(
    item.map((a) => ({
      item_id: a.item_id,
      code: a.code,
      amount: a.amount,
      is_tax_inclusive: a.is_tax_inclusive ?? false,
      promotion_id: ids.get(a.code),
    })),
  )
  await cartModule.createShippingMethodAdjustments(
    shipping.map((a) => ({
      shipping_method_id: a.shipping_method_id,
      code: a.code,
      amount: a.amount,
      promotion_id: ids.get(a.code),
    })),
  )
  const applied = new Set([...item, ...shipping].map((a) => ids.get(a.code)!))
  const linked = new Set(cart.promotions.map((p) => p.id))
  const pair = (promotionId: string) => ({ cart: { cart_id: cart.id }, promotion: { promotion_id: promotionId } })
  const add = [...applied].filter((id) => !linked.has(id))
  const remove = [...linked].filter((id) => !applied.has(id))
  if (add.length) await tx.link.create(add.map(pair))
  if (remove.length) await tx.link.dismiss(remove.map(pair))
}

/**
 * Medusa's update-cart-promotions, run by every cart change inside its transaction (no `change`:
 * the cart's own promotions again, as its refresh-cart-items does): the codes
 * to apply (an unknown code is Medusa's 400) and the automatic promotions are computed against
 * the cart as it is now; adjustments are replaced and the cart's promotions follow. A promotion
 * that no longer applies (expired, inactive, budget or limit reached, rules unmet) leaves the
 * cart silently, as in Medusa.
 */
export async function refreshCartPromotions(tx: Container, cartId: string, change?: PromotionChange): Promise<void> {
  const cart = await promotionContext(tx, cartId)
  const apply = await codesToApply(tx, cart, change)
  const promotions = await tx.modules.promotion.activePromotions(apply)
  const wanted = new Set(apply)
  const candidates = promotions.filter((p) => p.is_automatic || wanted.has(p.code))
  const actions = computeActions(candidates, cart)
  await writeAdjustments(tx, cart, actions, new Map(candidates.map((p) => [p.code, p.id])))
}
