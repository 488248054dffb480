import { budgetExceeded } from "./budget.js"
import { rulesHold } from "./rules.js"
import { dec, div, min, mul, num, type D } from "./decimal.js"
import type { Action, Applied, ItemContext, PromotionData, RuleData } from "./types.js"

type Use = { item_id: string; quantity: number }
/** Per buyget code, the item quantities its buy (or target) side used (other buygets skip them). */
export type UsedItems = Map<string, Use[]>

const byPriceDesc = (a: ItemContext, b: ItemContext) => b.subtotal - a.subtotal
const eligible = (items: ItemContext[], rules: RuleData[]) =>
  items.filter((i) => rulesHold(rules, i, "items")).sort(byPriceDesc)

function remaining(items: ItemContext[], used: UsedItems, code: string): Map<string, number> {
  const out = new Map<string, number>()
  for (const item of items) {
    let taken = 0
    for (const [other, uses] of used)
      if (other !== code) for (const u of uses) if (u.item_id === item.id) taken += u.quantity
    out.set(item.id, Math.max(item.quantity - taken, 0))
  }
  return out
}

interface Config {
  minBuy: number
  applyTo: number
  maxApply: number
  value: number
}

/** One application: enough buy units (not-target items first), then target units not bought. */
function prepare(
  buy: ItemContext[],
  target: ItemContext[],
  buyLeft: Map<string, number>,
  targetLeft: Map<string, number>,
  cfg: Config,
  appliedQty: number,
) {
  const invalid = { buyItems: [] as Use[], targetItems: [] as Use[], isValid: false }
  if ([...buyLeft.values()].reduce((a, b) => a + b, 0) < cfg.minBuy) return invalid
  const targetIds = new Set(target.map((t) => t.id))
  const order = [...buy.filter((b) => !targetIds.has(b.id)), ...buy.filter((b) => targetIds.has(b.id))]
  const buyItems: Use[] = []
  let got = 0
  for (const item of order) {
    if (got >= cfg.minBuy) break
    const take = Math.min(buyLeft.get(item.id) ?? 0, cfg.minBuy - got)
    if (take <= 0) continue
    buyItems.push({ item_id: item.id, quantity: take })
    got += take
  }
  if (got < cfg.minBuy) return invalid
  const bought = new Map<string, number>()
  for (const b of buyItems) bought.set(b.item_id, (bought.get(b.item_id) ?? 0) + b.quantity)
  const targetItems: Use[] = []
  let have = 0
  for (const item of target) {
    const free = (targetLeft.get(item.id) ?? 0) - (bought.get(item.id) ?? 0)
    if (free <= 0) continue
    const take = Math.min(cfg.applyTo - have, free, cfg.maxApply - appliedQty)
    if (take <= 0) continue
    targetItems.push({ item_id: item.id, quantity: take })
    have += take
    if (have >= cfg.applyTo) break
  }
  return { buyItems, targetItems, isValid: have >= cfg.applyTo }
}

function consume(left: Map<string, number>[], uses: Use[]) {
  for (const u of uses)
    for (const m of left) if (m.has(u.item_id)) m.set(u.item_id, (m.get(u.item_id) ?? 0) - u.quantity)
}
function collect(total: Map<string, Use>, uses: Use[]) {
  for (const u of uses) {
    const seen = total.get(u.item_id)
    if (seen) seen.quantity += u.quantity
    else total.set(u.item_id, { ...u })
  }
}

/** Medusa's getComputedActionsForBuyGet. */
export function buyGetActions(
  promotion: PromotionData,
  items: ItemContext[],
  applied: Applied,
  usedBuy: UsedItems,
  usedTarget: UsedItems,
): Action[] {
  const method = promotion.application_method
  if (!method || !items.length || (method.buy_rules_min_quantity ?? 0) <= 0 || !method.buy_rules.length) return []
  const cfg: Config = {
    minBuy: method.buy_rules_min_quantity ?? 0,
    applyTo: method.apply_to_quantity ?? 0,
    maxApply: method.max_quantity ?? 1,
    value: Number(method.value),
  }
  const byId = new Map(items.map((i) => [i.id, i]))
  const buy = eligible(items, method.buy_rules)
  const target = eligible(items, method.target_rules)
  const buyLeft = remaining(buy, usedBuy, promotion.code)
  const targetLeft = remaining(target, usedTarget, promotion.code)
  const totalBuy = new Map<string, Use>()
  const totalTarget = new Map<string, Use>()
  const amounts = new Map<string, D>()
  const actions: Action[] = []
  let appliedQty = 0
  for (let i = 0; i < 1000; i++) {
    const state = prepare(buy, target, buyLeft, targetLeft, cfg, appliedQty)
    if (!state.isValid) break
    let toApply = cfg.applyTo
    for (const t of state.targetItems) {
      if (toApply <= 0) break
      const item = byId.get(t.item_id)!
      const multiplier = Math.min(t.quantity, toApply)
      const applicable = mul(div(dec(item.subtotal), dec(item.quantity)), dec(multiplier))
      const value = dec(cfg.value)
      const amount =
        method.type === "fixed" ? min(mul(value, dec(multiplier)), applicable) : div(mul(applicable, value), dec(100))
      if (amount <= 0n) continue
      toApply -= multiplier
      const exceeded = budgetExceeded(promotion, amount)
      if (exceeded) {
        actions.push(exceeded)
        continue
      }
      applied.set(item.id, (applied.get(item.id) ?? 0n) + amount)
      amounts.set(item.id, (amounts.get(item.id) ?? 0n) + amount)
      appliedQty += multiplier
    }
    consume([buyLeft, targetLeft], [...state.buyItems, ...state.targetItems])
    collect(totalBuy, state.buyItems)
    collect(totalTarget, state.targetItems)
  }
  for (const [item_id, amount] of amounts)
    if (amount > 0n) actions.push({ action: "addItemAdjustment", item_id, amount: num(amount), code: promotion.code })
  usedBuy.set(promotion.code, [...totalBuy.values()])
  usedTarget.set(promotion.code, [...totalTarget.values()])
  return actions
}

/** Medusa's sortByBuyGetType: buyget first, then by value, buyget by its quantities, all descending. */
export function byBuyGetType(a: PromotionData, b: PromotionData): number {
  if (a.type !== b.type) return a.type === "buyget" ? -1 : b.type === "buyget" ? 1 : 0
  const am = a.application_method!
  const bm = b.application_method!
  if (Number(am.value) !== Number(bm.value)) return Number(bm.value) - Number(am.value)
  if (a.type !== "buyget") return 0
  return (
    (bm.buy_rules_min_quantity ?? 0) - (am.buy_rules_min_quantity ?? 0) ||
    (bm.apply_to_quantity ?? 0) - (am.apply_to_quantity ?? 0)
  )
}
