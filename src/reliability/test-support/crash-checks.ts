import assert from "node:assert/strict"
import { existsSync, readFileSync } from "node:fs"
import type pg from "pg"
import type { World } from "./crash-world.js"

/**
 * What must hold after every restart, read straight from the database: acknowledged writes
 * are there, no workflow is half-applied, and the outbox and the subscriber agree.
 */

async function rows<T>(db: pg.Pool, text: string, values: unknown[] = []): Promise<T[]> {
  return (await db.query(text, values)).rows as T[]
}

/** Acknowledged products exist; every product the workload made (acknowledged or not) is whole. */
export async function checkProducts(db: pg.Pool, world: World) {
  const products = await rows<{
    id: string
    handle: string
    channels: string[] | null
    variants: number
    linked: number
    priced: number
  }>(
    db,
    `SELECT p.id, p.handle,
       (SELECT array_agg(l.sales_channel_id ORDER BY l.sales_channel_id) FROM product_sales_channel l
         WHERE l.product_id = p.id AND l.deleted_at IS NULL) AS channels,
       (SELECT count(*)::int FROM product_variant v WHERE v.product_id = p.id AND v.deleted_at IS NULL) AS variants,
       (SELECT count(*)::int FROM product_variant v JOIN product_variant_inventory_item vi
          ON vi.variant_id = v.id AND vi.deleted_at IS NULL JOIN inventory_item i ON i.id = vi.inventory_item_id AND i.deleted_at IS NULL
         WHERE v.product_id = p.id AND v.deleted_at IS NULL) AS linked,
       (SELECT count(*)::int FROM product_variant v JOIN product_variant_price pr ON pr.variant_id = v.id AND pr.deleted_at IS NULL
         WHERE v.product_id = p.id AND v.deleted_at IS NULL) AS priced
     FROM product p WHERE p.deleted_at IS NULL AND (p.handle LIKE 'crash-%' OR p.handle LIKE 'refused-%')`,
  )
  const byHandle = new Map(products.map((p) => [p.handle, p]))
  for (const handle of world.ackedProducts) assert.ok(byHandle.has(handle), `acknowledged product ${handle} is missing`)
  for (const handle of world.refusedHandles) assert.ok(!byHandle.has(handle), `refused product ${handle} exists`)
  const expected = [world.channels.a, world.channels.b].sort()
  for (const p of products) {
    assert.deepEqual(p.channels, expected, `product ${p.handle} without its channel links`)
    assert.equal(p.variants, 2, `product ${p.handle} without its variants`)
    assert.equal(p.linked, 2, `product ${p.handle}: variants without inventory items`)
    assert.equal(p.priced, 2, `product ${p.handle}: variants without prices`)
  }
  const created = await rows<{ id: string }>(
    db,
    `SELECT data->>'id' AS id FROM event_outbox WHERE name = 'product.created'`,
  )
  const announced = new Set(created.map((e) => e.id))
  for (const p of products)
    assert.ok(announced.has(p.id), `product ${p.handle} committed without its product.created event`)
  return products.length
}

/**
 * Each lane's links to channel C are what its acknowledged batches left; the batch in flight at
 * the crash applied entirely or not at all. The lane then adopts what it finds.
 */
export async function checkLinks(db: pg.Pool, world: World) {
  const live = new Set(
    (
      await rows<{ product_id: string }>(
        db,
        `SELECT product_id FROM product_sales_channel WHERE sales_channel_id = $1 AND deleted_at IS NULL`,
        [world.channels.c],
      )
    ).map((r) => r.product_id),
  )
  const duplicates = await rows(
    db,
    `SELECT product_id FROM product_sales_channel WHERE deleted_at IS NULL GROUP BY product_id, sales_channel_id HAVING count(*) > 1`,
  )
  assert.deepEqual(duplicates, [], "duplicate live link rows")
  for (const lane of world.lanes) {
    const pending = lane.pending
    const informative = pending ? [...pending].filter(([p, v]) => lane.linked.get(p) !== v) : []
    const applied = informative.filter(([p, v]) => live.has(p) === v).length
    assert.ok(
      applied === 0 || applied === informative.length,
      `a batch half-applied: ${applied} of ${informative.length} pairs`,
    )
    for (const p of lane.products) {
      if (pending?.has(p)) continue
      assert.equal(live.has(p), lane.linked.get(p), `product ${p}: an acknowledged link change is lost`)
    }
    for (const p of lane.products) lane.linked.set(p, live.has(p))
    lane.pending = undefined
  }
}

/** Orders are whole: a completed cart, reservations for every line, levels that add up. */
export async function checkOrders(db: pg.Pool, world: World) {
  const orders = await rows<{ id: string; cart_id: string | null; completed_at: string | null }>(
    db,
    `SELECT o.id, oc.cart_id, c.completed_at FROM "order" o
       LEFT JOIN order_cart oc ON oc.order_id = o.id AND oc.deleted_at IS NULL
       LEFT JOIN cart c ON c.id = oc.cart_id WHERE o.deleted_at IS NULL`,
  )
  const byCart = new Map<string, string[]>()
  for (const o of orders) {
    assert.ok(o.cart_id && o.completed_at, `order ${o.id} without a completed cart`)
    byCart.set(o.cart_id, [...(byCart.get(o.cart_id) ?? []), o.id])
  }
  for (const [cart, ids] of byCart) assert.equal(ids.length, 1, `cart ${cart} has ${ids.length} orders`)
  const completed = await rows<{ id: string }>(
    db,
    `SELECT id FROM cart WHERE completed_at IS NOT NULL AND deleted_at IS NULL`,
  )
  for (const c of completed) assert.ok(byCart.has(c.id), `cart ${c.id} completed without an order`)
  for (const [cart, acked] of world.ackedOrders)
    assert.deepEqual(byCart.get(cart), [acked.orderId], `acknowledged order of cart ${cart}`)
  for (const cart of world.refusedCarts) assert.ok(!byCart.has(cart), `refused completion of ${cart} left an order`)
  const carts = new Set(
    (await rows<{ id: string }>(db, `SELECT id FROM cart WHERE deleted_at IS NULL`)).map((c) => c.id),
  )
  for (const cart of world.ackedCarts) assert.ok(carts.has(cart), `acknowledged cart ${cart} is missing`)

  const lines = await rows<{ id: string; quantity: number; reserved: string }>(
    db,
    `SELECT li.id, li.quantity, coalesce(sum(r.quantity), 0) AS reserved FROM order_line_item li
       LEFT JOIN reservation_item r ON r.line_item_id = li.id AND r.deleted_at IS NULL
      WHERE li.deleted_at IS NULL GROUP BY li.id, li.quantity`,
  )
  for (const l of lines)
    assert.equal(Number(l.reserved), Number(l.quantity), `order line ${l.id}: reservations do not cover it`)
  const levels = await rows<{ id: string; stocked: string; reserved: string; summed: string }>(
    db,
    `SELECT l.id, l.stocked_quantity AS stocked, l.reserved_quantity AS reserved,
        (SELECT coalesce(sum(r.quantity), 0) FROM reservation_item r WHERE r.inventory_item_id = l.inventory_item_id
           AND r.location_id = l.location_id AND r.deleted_at IS NULL) AS summed
       FROM inventory_level l WHERE l.deleted_at IS NULL`,
  )
  for (const l of levels) {
    assert.equal(
      Number(l.reserved),
      Number(l.summed),
      `level ${l.id}: reserved_quantity is not the sum of its reservations`,
    )
    assert.ok(Number(l.reserved) <= Number(l.stocked), `level ${l.id}: oversold`)
  }
  const placed = new Set(
    (await rows<{ id: string }>(db, `SELECT data->>'id' AS id FROM event_outbox WHERE name = 'order.placed'`)).map(
      (e) => e.id,
    ),
  )
  for (const o of orders) assert.ok(placed.has(o.id), `order ${o.id} committed without its order.placed event`)
  const reservationEvents = new Set(
    (
      await rows<{ id: string }>(
        db,
        `SELECT data->>'id' AS id FROM event_outbox WHERE name = 'reservation-item.created'`,
      )
    ).map((e) => e.id),
  )
  const reservations = await rows<{ id: string }>(db, `SELECT id FROM reservation_item WHERE deleted_at IS NULL`)
  for (const r of reservations)
    assert.ok(reservationEvents.has(r.id), `reservation ${r.id} committed without its event`)
  return orders.length
}

export interface SinkState {
  /** first deliveries, by event id */
  delivered: Map<string, { name: string; data: Record<string, unknown> }>
  /** redeliveries the subscriber recognised and skipped */
  duplicates: number
}

/** The subscriber's file: one line per delivery; an id delivered as new twice is a failure. */
export function readSink(file: string): SinkState {
  const state: SinkState = { delivered: new Map(), duplicates: 0 }
  if (!existsSync(file)) return state
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line) continue
    const entry = JSON.parse(line) as { id?: string; dup?: string; name: string; data: Record<string, unknown> }
    if (entry.dup) {
      assert.ok(state.delivered.has(entry.dup), `redelivery of ${entry.dup} before its delivery`)
      state.duplicates++
      continue
    }
    assert.ok(!state.delivered.has(entry.id!), `event ${entry.id} (${entry.name}) processed twice`)
    state.delivered.set(entry.id!, { name: entry.name, data: entry.data })
  }
  return state
}

/**
 * The subscriber saw only committed events (rolled-back work has no outbox row), and every
 * event the outbox marks delivered reached it. `complete`: every event is delivered by now.
 */
export async function checkEvents(db: pg.Pool, sinkFile: string, complete = false) {
  const outbox = await rows<{ id: string; name: string; delivered: boolean; failed: boolean }>(
    db,
    `SELECT id, name, delivered_at IS NOT NULL AS delivered, failed_at IS NOT NULL AS failed FROM event_outbox`,
  )
  const sink = readSink(sinkFile)
  const committed = new Map(outbox.map((e) => [e.id, e]))
  for (const [id, e] of sink.delivered)
    assert.ok(committed.has(id), `delivered event ${id} (${e.name}) was never committed`)
  for (const e of outbox) {
    assert.equal(e.failed, false, `event ${e.id} (${e.name}) gave up`)
    if (e.delivered || complete)
      assert.ok(sink.delivered.has(e.id), `event ${e.id} (${e.name}) marked delivered but never reached the subscriber`)
  }
  return { committed: outbox.length, delivered: sink.delivered.size, duplicates: sink.duplicates }
}
