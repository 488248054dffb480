import type { ItemContext } from "./types.js"

const EPSILON = 0.0001 // Medusa's MEDUSA_EPSILON

export interface AmountInput {
  value: number
  applied_value: number
  is_tax_inclusive: boolean
  max_quantity: number | null | undefined
  type: "fixed" | "percentage"
  allocation: string | null
}

const base = (item: ItemContext, p: AmountInput) => (p.is_tax_inclusive ? item.original_total : item.subtotal)
const appliedInBase = (item: ItemContext, p: AmountInput) =>
  p.is_tax_inclusive ? p.applied_value * (item.original_total / item.subtotal) : p.applied_value

function promotionValue(p: AmountInput, amount: number, itemsAmount: number, item: ItemContext): number {
  if (p.type === "percentage") return (p.value / 100) * amount
  if (p.allocation === "across") {
    const forItem = (amount / itemsAmount) * p.value
    if (forItem <= amount) return forItem
    return forItem * ((amount * 100) / forItem / 100)
  }
  return Math.min(p.value * Math.min(item.quantity, p.max_quantity ?? 1), amount)
}

/** Medusa's calculateAdjustmentAmountFromPromotion (utils/totals/promotion). */
export function adjustmentAmount(item: ItemContext, p: AmountInput, itemsAmount = 0): number {
  let applicable: number
  if (p.allocation === "across") {
    const quantity = p.max_quantity && item.quantity ? Math.min(item.quantity, p.max_quantity) : item.quantity
    applicable = (base(item, p) / item.quantity) * quantity - appliedInBase(item, p)
  } else {
    const remaining = base(item, p) - appliedInBase(item, p)
    applicable = Math.min(remaining, (base(item, p) / item.quantity) * (p.max_quantity ?? 1))
  }
  if (applicable <= EPSILON) return 0
  const amount = Math.min(promotionValue(p, applicable, itemsAmount, item), applicable)
  return amount <= EPSILON ? 0 : amount
}
