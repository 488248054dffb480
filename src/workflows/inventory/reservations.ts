import type { Container } from "../../app/container.js"
import { invalidData, notAllowed, notFound } from "../../framework/errors.js"
import type { Row } from "../../framework/service/index.js"
import type { ItemAtLocation, LockedLevel } from "../../modules/inventory/index.js"

export interface CreateReservationInput {
  inventory_item_id: string
  location_id: string
  quantity: number
  line_item_id?: string | null
  description?: string | null
  metadata?: Record<string, unknown> | null
}

export interface UpdateReservationInput {
  location_id?: string
  quantity?: number
  description?: string | null
  metadata?: Record<string, unknown> | null
}

interface ReservationRow {
  id: string
  inventory_item_id: string
  location_id: string
  quantity: number
  allow_backorder: boolean
}

const pairKey = (itemId: string, locationId: string) => `${itemId}\u0000${locationId}`

type Pair = ItemAtLocation

/**
 * The live levels of (item, location) pairs, locked in id order (concurrent reservations and
 * cart completions queue on the same rows), by pair. With `required`, a pair without a level
 * refuses the whole request with Medusa's `Item <i> is not stocked at location <l>`.
 */
async function lockLevels(tx: Container, pairs: Pair[], required = true): Promise<Map<string, LockedLevel>> {
  const levels = await tx.modules.inventory.lockLevelsAt(pairs)
  const byPair = new Map(levels.map((l) => [pairKey(l.inventory_item_id, l.location_id), l]))
  const missing = required ? pairs.filter((p) => !byPair.has(pairKey(p.inventory_item_id, p.location_id))) : []
  if (missing.length) {
    throw notFound(
      [...new Set(missing.map((m) => `Item ${m.inventory_item_id} is not stocked at location ${m.location_id}`))].join(
        ", ",
      ),
    )
  }
  return byPair
}

/** Medusa's availability check: a reservation may not take more than the level has available. */
function assertAvailable(level: LockedLevel, quantity: number): void {
  if (level.available < quantity) {
    throw notAllowed(`Not enough stock available for item ${level.inventory_item_id} at location ${level.location_id}`)
  }
}

const addTo = (deltas: Map<string, number>, levelId: string, delta: number) =>
  deltas.set(levelId, (deltas.get(levelId) ?? 0) + delta)

/**
 * create-reservations: lock the levels (each must exist) · check availability · create the
 * reservations · add them to the levels' reserved quantities · emit `reservation-item.created`.
 */
export function createReservationsWorkflow(c: Container, inputs: CreateReservationInput[]): Promise<Row[]> {
  return c.transaction(async (tx) => {
    const levels = await lockLevels(tx, inputs)
    const deltas = new Map<string, number>()
    for (const input of inputs) {
      const level = levels.get(pairKey(input.inventory_item_id, input.location_id))!
      assertAvailable(level, input.quantity)
      addTo(deltas, level.id, input.quantity)
    }
    const created = await tx.modules.inventory.createReservationItems(inputs.map((i) => ({ ...i })))
    await tx.modules.inventory.adjustReserved(deltas)
    for (const r of created) tx.emit("reservation-item.created", { id: r.id })
    return created
  })
}

/**
 * update-reservations for one reservation (Medusa's updateReservationItems): unknown id →
 * invalid_data · lock the level it ends at · check availability of the increase there
 * (as Medusa, only the increase, also when it moves) · update · move or resize its share of
 * the reserved quantities · emit `reservation-item.updated`. Beyond Medusa, a move also takes
 * the quantity off the level it leaves (Medusa adjusts only the level it arrives at, so the old
 * location stays reserved for good).
 */
export function updateReservationWorkflow(c: Container, id: string, update: UpdateReservationInput): Promise<Row> {
  return c.transaction(async (tx) => {
    const [reservation] = (await tx.modules.inventory.listReservationItems({ id })) as unknown as ReservationRow[]
    if (!reservation) throw invalidData(`Reservation item with id ${id} not found`)
    const before = Number(reservation.quantity)
    const itemId = reservation.inventory_item_id
    const moves = update.location_id !== undefined && update.location_id !== reservation.location_id
    const target = update.location_id ?? reservation.location_id
    const pairs: Pair[] = [{ inventory_item_id: itemId, location_id: target }]
    if (moves) pairs.push({ inventory_item_id: itemId, location_id: reservation.location_id })
    const levels = await lockLevels(tx, pairs)
    const targetLevel = levels.get(pairKey(itemId, target))!
    if (!reservation.allow_backorder) assertAvailable(targetLevel, Math.max((update.quantity || before) - before, 0))

    const updated = await tx.modules.inventory.updateReservationItems(id, { ...update })
    const deltas = new Map<string, number>()
    if (moves) {
      addTo(deltas, levels.get(pairKey(itemId, reservation.location_id))!.id, -before)
      addTo(deltas, targetLevel.id, update.quantity || before)
    } else if (update.quantity !== undefined) {
      addTo(deltas, targetLevel.id, update.quantity - before)
    }
    await tx.modules.inventory.adjustReserved(deltas)
    tx.emit("reservation-item.updated", { id })
    return updated
  })
}

/**
 * delete-reservations: soft-delete the live ones among `ids` · take them off their levels'
 * reserved quantities · emit `reservation-item.deleted` for every id asked (Medusa's payloads).
 */
export function deleteReservationsWorkflow(c: Container, ids: string[]): Promise<void> {
  return c.transaction(async (tx) => {
    const reservations = (await tx.modules.inventory.listReservationItems({ id: ids })) as unknown as ReservationRow[]
    if (reservations.length) {
      const levels = await lockLevels(tx, reservations, false)
      await tx.modules.inventory.softDeleteReservationItems(reservations.map((r) => r.id))
      const deltas = new Map<string, number>()
      for (const r of reservations) {
        const level = levels.get(pairKey(r.inventory_item_id, r.location_id))
        if (level) addTo(deltas, level.id, -Number(r.quantity))
      }
      await tx.modules.inventory.adjustReserved(deltas)
    }
    for (const id of ids) tx.emit("reservation-item.deleted", { id })
  })
}
