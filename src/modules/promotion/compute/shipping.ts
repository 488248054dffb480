import { budgetExceeded } from "./budget.js"
import { rulesHold } from "./rules.js"
import { clean, type Action, type Applied, type PromotionData, type ShippingContext } from "./types.js"

/** Medusa's getComputedActionsForShippingMethods. */
export function shippingActions(promotion: PromotionData, methods: ShippingContext[], applied: Applied): Action[] {
  const method = promotion.application_method
  if (!method) return []
  let applicable = methods.filter((m) => rulesHold(method.target_rules, m, "shipping_methods"))
  const allocation = method.allocation
  if (allocation === "once") applicable = [...applicable].sort((a, b) => a.subtotal - b.subtotal)
  const actions: Action[] = []
  const value = Number(method.value)
  const add = (m: ShippingContext, amount: number, done: number) => {
    if (amount <= 0) return false
    const exceeded = budgetExceeded(promotion, amount)
    if (exceeded) {
      actions.push(exceeded)
      return false
    }
    applied.set(m.id, done + amount)
    actions.push({
      action: "addShippingMethodAdjustment",
      shipping_method_id: m.id,
      amount: clean(amount),
      code: promotion.code,
    })
    return true
  }
  if (allocation === "each" || allocation === "once") {
    let quota = method.max_quantity ?? 0
    for (const m of applicable) {
      if (allocation === "once" && quota <= 0) break
      if (!m.subtotal) continue
      const done = applied.get(m.id) ?? 0
      const total = m.subtotal - done
      const promo = method.type === "percentage" ? (value / 100) * total : value
      if (add(m, Math.min(promo, total), done) && allocation === "once") quota -= 1
    }
  }
  if (allocation === "across") {
    const all = applicable.reduce((sum, m) => sum + (m.subtotal ?? 0) - (applied.get(m.id) ?? 0), 0)
    if (all <= 0) return actions
    for (const m of applicable) {
      if (!m.subtotal) continue
      const done = applied.get(m.id) ?? 0
      const total = m.subtotal - done
      const promo = method.type === "percentage" ? (value / 100) * total : (total / all) * value
      add(m, Math.min(promo, total), done)
    }
  }
  return actions
}
