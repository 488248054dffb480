import { budgetExceeded } from "./budget.js"
import { dec, div, min, mul, num, type D } from "./decimal.js"
import { rulesHold } from "./rules.js"
import type { Action, Applied, PromotionData, ShippingContext } from "./types.js"

/** Medusa's getComputedActionsForShippingMethods. */
export function shippingActions(promotion: PromotionData, methods: ShippingContext[], applied: Applied): Action[] {
  const method = promotion.application_method
  if (!method) return []
  let applicable = methods.filter((m) => rulesHold(method.target_rules, m, "shipping_methods"))
  const allocation = method.allocation
  if (allocation === "once") applicable = [...applicable].sort((a, b) => a.subtotal - b.subtotal)
  const actions: Action[] = []
  const value = dec(method.value)
  const percent = (total: D) => mul(div(value, dec(100)), total)
  const add = (m: ShippingContext, amount: D, done: D) => {
    if (amount <= 0n) return false
    const exceeded = budgetExceeded(promotion, amount)
    if (exceeded) {
      actions.push(exceeded)
      return false
    }
    applied.set(m.id, done + amount)
    actions.push({
      action: "addShippingMethodAdjustment",
      shipping_method_id: m.id,
      amount: num(amount),
      code: promotion.code,
    })
    return true
  }
  if (allocation === "each" || allocation === "once") {
    let quota = method.max_quantity ?? 0
    for (const m of applicable) {
      if (allocation === "once" && quota <= 0) break
      if (!m.subtotal) continue
      const done = applied.get(m.id) ?? 0n
      const total = dec(m.subtotal) - done
      const promo = method.type === "percentage" ? percent(total) : value
      if (add(m, min(promo, total), done) && allocation === "once") quota -= 1
    }
  }
  if (allocation === "across") {
    const all = applicable.reduce((sum, m) => sum + dec(m.subtotal) - (applied.get(m.id) ?? 0n), 0n)
    if (all <= 0n) return actions
    for (const m of applicable) {
      if (!m.subtotal) continue
      const done = applied.get(m.id) ?? 0n
      const total = dec(m.subtotal) - done
      const promo = method.type === "percentage" ? percent(total) : mul(div(total, all), value)
      add(m, min(promo, total), done)
    }
  }
  return actions
}
