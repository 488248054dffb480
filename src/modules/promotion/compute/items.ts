import { adjustmentAmount } from "./adjustment-amount.js"
import { budgetExceeded } from "./budget.js"
import { dec, div, mul, num, type D } from "./decimal.js"
import { rulesHold } from "./rules.js"
import type { Action, Applied, ItemContext, PromotionData } from "./types.js"

const unitPrice = (i: ItemContext) => i.subtotal / i.quantity

/** Medusa's getValidItemsForPromotion for item targets. */
function validItems(items: ItemContext[], promotion: PromotionData): ItemContext[] {
  const rules = promotion.application_method?.target_rules ?? []
  return items.filter(
    (item) => item.is_discountable && item.subtotal > 0 && (!rules.length || rulesHold(rules, item, "items")),
  )
}

/** Medusa's getComputedActionsForItems (an order target is spread across the items). */
export function itemActions(
  promotion: PromotionData,
  items: ItemContext[],
  applied: Applied,
  allocationOverride?: "across",
): Action[] {
  const method = promotion.application_method
  if (!method || !items.length) return []
  const allocation = method.allocation || allocationOverride || null
  let applicable = validItems(items, promotion)
  if (!applicable.length) return []
  if (allocation === "once") applicable = [...applicable].sort((a, b) => unitPrice(a) - unitPrice(b))
  const taxIncl = promotion.is_tax_inclusive
  const itemBase = (i: ItemContext) => dec(taxIncl ? i.original_total : i.subtotal)
  const ratio = (i: ItemContext, inverse = false) =>
    inverse ? div(dec(i.subtotal), dec(i.original_total)) : div(dec(i.original_total), dec(i.subtotal))
  let itemsAmount: D = 0n
  if (allocation === "across") {
    for (const i of applicable) {
      const done = applied.get(i.id) ?? 0n
      itemsAmount += itemBase(i) - (taxIncl ? mul(done, ratio(i)) : done)
    }
    if (itemsAmount <= 0n) return []
  }
  const actions: Action[] = []
  let quota = method.max_quantity ?? 0
  for (const item of applicable) {
    if (allocation === "once" && quota <= 0) break
    if (itemBase(item) <= 0n) continue
    const done = applied.get(item.id) ?? 0n
    const maxQuantity = allocation === "once" ? Math.min(quota, item.quantity) : method.max_quantity
    const amount = adjustmentAmount(
      item,
      {
        value: dec(method.value),
        applied_value: done,
        is_tax_inclusive: taxIncl,
        max_quantity: maxQuantity,
        type: method.type,
        allocation: allocation === "once" ? "each" : allocation,
      },
      itemsAmount,
    )
    if (amount <= 0n) continue
    const exceeded = budgetExceeded(promotion, amount)
    if (exceeded) {
      actions.push(exceeded)
      continue
    }
    applied.set(item.id, done + (taxIncl ? mul(amount, ratio(item, true)) : amount))
    if (allocation === "once") quota -= Math.min(maxQuantity ?? 0, item.quantity)
    actions.push({
      action: "addItemAdjustment",
      item_id: item.id,
      amount: num(amount),
      code: promotion.code,
      is_tax_inclusive: taxIncl,
    })
  }
  return actions
}
