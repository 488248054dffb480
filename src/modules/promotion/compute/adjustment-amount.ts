import { EPSILON, dec, div, min, mul, type D } from "./decimal.js"
import type { ItemContext } from "./types.js"

export interface AmountInput {
  value: D
  applied_value: D
  is_tax_inclusive: boolean
  max_quantity: number | null | undefined
  type: "fixed" | "percentage"
  allocation: string | null
}

const base = (item: ItemContext, p: AmountInput) => dec(p.is_tax_inclusive ? item.original_total : item.subtotal)
const appliedInBase = (item: ItemContext, p: AmountInput) =>
  p.is_tax_inclusive ? mul(p.applied_value, div(dec(item.original_total), dec(item.subtotal))) : p.applied_value

function promotionValue(p: AmountInput, amount: D, itemsAmount: D, item: ItemContext): D {
  if (p.type === "percentage") return mul(div(p.value, dec(100)), amount)
  if (p.allocation === "across") {
    const forItem = mul(div(amount, itemsAmount), p.value)
    if (forItem <= amount) return forItem
    return mul(forItem, div(div(mul(amount, dec(100)), forItem), dec(100)))
  }
  return min(mul(p.value, min(dec(item.quantity), dec(p.max_quantity ?? 1))), amount)
}

/** Medusa's calculateAdjustmentAmountFromPromotion (utils/totals/promotion). */
export function adjustmentAmount(item: ItemContext, p: AmountInput, itemsAmount: D = 0n): D {
  const quantity = dec(item.quantity)
  let applicable: D
  if (p.allocation === "across") {
    const q = p.max_quantity && item.quantity ? min(quantity, dec(p.max_quantity)) : quantity
    applicable = mul(div(base(item, p), quantity), q) - appliedInBase(item, p)
  } else {
    const remaining = base(item, p) - appliedInBase(item, p)
    applicable = min(remaining, mul(div(base(item, p), quantity), dec(p.max_quantity ?? 1)))
  }
  if (applicable <= EPSILON) return 0n
  const amount = min(promotionValue(p, applicable, itemsAmount, item), applicable)
  return amount <= EPSILON ? 0n : amount
}
