import type { Container } from "../../app/container.js"
import { notAllowed, notFound, type SalesgraphError } from "../../framework/errors.js"
import type { LockedLevel } from "../../modules/inventory/index.js"
import type { InventoryNeed } from "../cart/steps/confirm-inventory.js"

export interface Allocation {
  need: InventoryNeed
  /** where the need is reserved: one location when one covers it, else split in level order */
  parts: { level_id: string; location_id: string; quantity: number }[]
}

/**
 * Locks the stock levels the needs can be served from (the items' levels at the channel's
 * locations, `FOR UPDATE` in id order, so concurrent completions queue on the same rows in the
 * same order), then re-checks availability on the locked, current values and decides where
 * each need is reserved: the first location holding enough of it alone (Medusa's choice),
 * else several locations in order. A need that cannot be covered fails the whole completion
 * with the error of Medusa's reservation step (see shortage). Writes nothing.
 */
export async function lockAndAllocate(
  tx: Container,
  needs: InventoryNeed[],
  locationIds: string[],
): Promise<Allocation[]> {
  const itemIds = [...new Set(needs.map((n) => n.inventory_item_id))].sort()
  if (itemIds.length === 0) return []
  const levels = await tx.modules.inventory.lockLevels(itemIds, locationIds)
  const remaining = new Map(levels.map((l) => [l.id, l.available]))
  return needs.map((need) => {
    const own = levels.filter((l) => l.inventory_item_id === need.inventory_item_id)
    const covering = own.find((l) => remaining.get(l.id)! >= need.quantity)
    let parts: Allocation["parts"]
    if (covering || need.allow_backorder) {
      const at = covering ?? own[0]
      parts = at ? [{ level_id: at.id, location_id: at.location_id, quantity: need.quantity }] : []
    } else {
      const total = own.reduce((sum, l) => sum + Math.max(remaining.get(l.id)!, 0), 0)
      if (total < need.quantity) throw shortage(need, own, locationIds)
      parts = []
      let left = need.quantity
      for (const l of own) {
        const take = Math.min(left, Math.max(remaining.get(l.id)!, 0))
        if (take > 0) parts.push({ level_id: l.id, location_id: l.location_id, quantity: take })
        left -= take
        if (left === 0) break
      }
    }
    for (const p of parts) remaining.set(p.level_id, remaining.get(p.level_id)! - p.quantity)
    return { need, parts }
  })
}

/**
 * Medusa's refusal when it reserves a line at its first candidate location (the first of the
 * channel's locations holding the item, else the first of the channel's): that location is
 * short, or does not stock the item. The `insufficient_inventory` code is salesgraph's (Medusa's
 * inventory module sends none here), so clients can tell a shortage from other refusals.
 */
function shortage(need: InventoryNeed, own: LockedLevel[], locationIds: string[]): SalesgraphError {
  const item = need.inventory_item_id
  if (own.length === 0) return notFound(`Item ${item} is not stocked at location ${locationIds[0]}`)
  return notAllowed(
    `Not enough stock available for item ${item} at location ${own[0].location_id}`,
    "insufficient_inventory",
  )
}

/**
 * Writes the reservations of an allocation (one row per line, item and location) and adds
 * them to the levels' reserved quantities, on the rows locked by lockAndAllocate.
 */
export async function writeReservations(
  tx: Container,
  allocations: Allocation[],
  lineIds: Map<string, string>,
): Promise<{ id: string }[]> {
  const rows = allocations.flatMap((a) =>
    a.parts.map((p) => ({
      line_item_id: a.need.line_id ? (lineIds.get(a.need.line_id) ?? null) : null,
      inventory_item_id: a.need.inventory_item_id,
      location_id: p.location_id,
      quantity: p.quantity,
      allow_backorder: a.need.allow_backorder,
    })),
  )
  if (rows.length === 0) return []
  const reservations = await tx.modules.inventory.createReservationItems(rows)
  const byLevel = new Map<string, number>()
  for (const a of allocations)
    for (const p of a.parts) byLevel.set(p.level_id, (byLevel.get(p.level_id) ?? 0) + p.quantity)
  await tx.modules.inventory.adjustReserved(byLevel)
  return reservations.map((r) => ({ id: r.id }))
}
