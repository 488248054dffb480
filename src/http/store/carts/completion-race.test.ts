import assert from "node:assert/strict"
import { before, describe, test } from "node:test"
import { complete, count, level, readyCart } from "./test-support/checkout-test-helpers.js"
import { checkoutSuite } from "./test-support/checkout-suite.js"

/** Medusa's reservation-step refusal (its message; the code is salesgraph's) */
const shortage = (item: string, location: string) => ({
  type: "not_allowed",
  code: "insufficient_inventory",
  message: `Not enough stock available for item ${item} at location ${location}`,
})

describe("completion races (beyond Medusa: stock is locked and re-checked in the completing transaction)", () => {
  const { s, shop } = checkoutSuite()
  let key: string
  before(async () => {
    key = s.publishableKey
  })

  async function paidCart(variantId: string, quantity = 1): Promise<string> {
    const cart = await readyCart(s, key, { region_id: shop.region.us, items: [{ variant_id: variantId, quantity }] })
    return cart.id
  }

  async function setStock(itemId: string, locationId: string, stocked: number) {
    await s.app.core.pool.query(
      "UPDATE inventory_level SET stocked_quantity = $3 WHERE inventory_item_id = $1 AND location_id = $2",
      [itemId, locationId, stocked],
    )
  }

  test("two carts racing for the last unit: exactly one order; the loser stays completable", async () => {
    // both carts were accepted while the unit was there
    const [first, second] = [await paidCart(shop.variant.last), await paidCart(shop.variant.last)]
    const ordersBefore = await count(s, "order")
    const results = await Promise.all([first, second].map((id) => complete(s, key, id)))
    const won = results.filter((r) => r.status === 200)
    const lost = results.filter((r) => r.status !== 200)
    assert.equal(won.length, 1, JSON.stringify(results.map((r) => r.body)))
    assert.equal(lost.length, 1)
    assert.equal(lost[0].status, 400)
    const INSUFFICIENT = shortage(shop.item.last, shop.location.A)
    assert.deepEqual(lost[0].body, INSUFFICIENT)
    assert.equal(await count(s, "order"), ordersBefore + 1)
    assert.deepEqual(await level(s, shop.item.last, shop.location.A), { stocked_quantity: 1, reserved_quantity: 1 })

    const loser = results[0].status === 200 ? second : first
    const state = await s.request(
      "GET",
      `/store/carts/${loser}?fields=completed_at,payment_collection.payment_sessions.status`,
      { key },
    )
    assert.equal(state.body.cart.completed_at, null)
    assert.equal(state.body.cart.payment_collection.payment_sessions[0].status, "pending")
    // sequentially too: still nothing left
    assert.deepEqual((await complete(s, key, loser)).body, INSUFFICIENT)

    // restocked, the loser completes
    await setStock(shop.item.last, shop.location.A, 2)
    const later = await complete(s, key, loser)
    assert.equal(later.status, 200)
    assert.deepEqual(await level(s, shop.item.last, shop.location.A), { stocked_quantity: 2, reserved_quantity: 2 })
  })

  test("many carts, few units: as many orders as units, never more reserved than stocked", async () => {
    await setStock(shop.item.last, shop.location.A, 5) // 2 already reserved: 3 free
    const carts = await Promise.all(Array.from({ length: 6 }, () => paidCart(shop.variant.last)))
    const ordersBefore = await count(s, "order")
    const results = await Promise.all(carts.map((id) => complete(s, key, id)))
    assert.equal(results.filter((r) => r.status === 200).length, 3)
    for (const r of results.filter((r) => r.status !== 200))
      assert.deepEqual(r.body, shortage(shop.item.last, shop.location.A))
    assert.equal(await count(s, "order"), ordersBefore + 3)
    assert.deepEqual(await level(s, shop.item.last, shop.location.A), { stocked_quantity: 5, reserved_quantity: 5 })
  })

  test("the same cart completed concurrently makes one order, and every answer carries it", async () => {
    const cart = await paidCart(shop.variant.teeS, 1)
    const ordersBefore = await count(s, "order")
    const results = await Promise.all(Array.from({ length: 4 }, () => complete(s, key, cart)))
    for (const r of results) assert.equal(r.status, 200, JSON.stringify(r.body))
    assert.equal(new Set(results.map((r) => r.body.order.id)).size, 1)
    assert.equal(await count(s, "order"), ordersBefore + 1)
    const { data } = await s.app.container.query.graph({
      entity: "reservation_item",
      fields: ["id"],
      filters: { inventory_item_id: shop.item.teeS },
    })
    assert.equal(data.length, 1)
  })
})
