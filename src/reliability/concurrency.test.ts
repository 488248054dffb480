import assert from "node:assert/strict"
import { randomBytes } from "node:crypto"
import { before, describe, test } from "node:test"
import { createCheckoutShop, type CheckoutShop } from "../http/store/carts/test-support/checkout-fixtures.js"
import { readyCart } from "../http/store/carts/test-support/checkout-test-helpers.js"
import { type TestResponse } from "../test-support/http.js"
import { seededRandom } from "./test-support/salesgraph-process.js"
import { serverSuite } from "../test-support/server-suite.js"

/**
 * Concurrency through HTTP: storms of adds and removes on one pair of each stored link end as
 * some serial order of them would (the pair's attach/detach events alternate and its final
 * state is the last one's), never with a 5xx or a duplicate live row; caches that derive from
 * a link agree with it afterwards; concurrent completions never reserve more than is stocked.
 */

const SEED = Number(process.env.SALESGRAPH_CONCURRENCY_SEED ?? randomBytes(4).readUInt32LE())
const STORM = 100

describe(`concurrent writes through HTTP (seed ${SEED})`, () => {
  const { s } = serverSuite()
  const rng = seededRandom(SEED)

  const ok = async (r: Promise<TestResponse>, what: string) => {
    const res = await r
    assert.equal(res.status, 200, `${what}: ${JSON.stringify(res.body)}`)
    return res.body
  }

  /** Adds or removes at random, the first op of each kind guaranteed, in random order. */
  function ops(): ("add" | "remove")[] {
    const list: ("add" | "remove")[] = [
      "add",
      "remove",
      ...Array.from({ length: STORM - 2 }, () => (rng.next() < 0.5 ? "add" : "remove") as "add" | "remove"),
    ]
    for (let i = list.length - 1; i > 0; i--) {
      const j = rng.int(0, i)
      ;[list[i], list[j]] = [list[j], list[i]]
    }
    return list
  }

  /**
   * The pair's history in the outbox (events are written in the transaction that made the
   * change, after its row lock was taken, so their order is the order the changes applied):
   * attached and detached alternate from the unlinked start, and the row is live iff the last
   * event attached it.
   */
  async function assertSerial(table: string, eventEntity: string, left: [string, string], right: [string, string]) {
    const events = await s.app.core.pool.query<{ name: string }>(
      `SELECT name FROM event_outbox WHERE name IN ($1, $2) AND data->>$3 = $4 AND data->>$5 = $6 ORDER BY seq`,
      [`${eventEntity}.attached`, `${eventEntity}.detached`, left[0], left[1], right[0], right[1]],
    )
    const history = events.rows.map((e) => e.name.endsWith(".attached"))
    assert.ok(history.length > 0, `${table}: the storm changed nothing`)
    history.forEach((attached, i) =>
      assert.equal(attached, i % 2 === 0, `${table}: ${i % 2 ? "detached" : "attached"} twice in a row at change ${i}`),
    )
    const rows = await s.app.core.pool.query<{ live: boolean }>(
      `SELECT deleted_at IS NULL AS live FROM "${table}" WHERE "${left[0]}" = $1 AND "${right[0]}" = $2`,
      [left[1], right[1]],
    )
    assert.ok(rows.rows.length <= 1, `${table}: ${rows.rows.length} rows for one pair`)
    const live = rows.rows[0]?.live ?? false
    assert.equal(live, history[history.length - 1], `${table}: the final state is not the last change's`)
    return live
  }

  /** The ops, all sent at once; `readers` loops of `read` run until every op is answered. */
  async function storm(path: string, id: string, read?: () => Promise<unknown>) {
    let settled = false
    const readers = read
      ? Array.from({ length: 4 }, async () => {
          while (!settled) await read()
        })
      : []
    const results = await Promise.all(ops().map((op) => s.request("POST", path, { body: { [op]: [id] } })))
    settled = true
    await Promise.all(readers)
    for (const r of results) {
      assert.ok(r.status < 500, `${path}: ${r.status} ${JSON.stringify(r.body)}`)
      assert.equal(r.status, 200, `${path}: ${JSON.stringify(r.body)}`)
    }
  }

  test("product ↔ channel: 100 concurrent adds and removes of one pair", async () => {
    const channel = (await ok(s.request("POST", "/admin/sales-channels", { body: { name: "Storm" } }), "channel"))
      .sales_channel.id
    const product = (
      await ok(
        s.request("POST", "/admin/products", {
          body: { title: "Storm product", options: [{ title: "o", values: ["v"] }] },
        }),
        "product",
      )
    ).product.id
    await storm(`/admin/sales-channels/${channel}/products?fields=id`, product)
    const live = await assertSerial(
      "product_sales_channel",
      "LinkProductSalesChannel",
      ["product_id", product],
      ["sales_channel_id", channel],
    )
    const read = await ok(s.request("GET", `/admin/products/${product}?fields=sales_channels.id`), "product read")
    assert.deepEqual(
      read.product.sales_channels.map((c: { id: string }) => c.id),
      live ? [channel] : [],
    )
  })

  test("publishable key ↔ channel: the key gate agrees with the link after a storm read through it", async () => {
    const [kept, stormed] = await Promise.all(
      ["Kept", "Stormed"].map(
        async (name) =>
          (await ok(s.request("POST", "/admin/sales-channels", { body: { name } }), "channel")).sales_channel.id,
      ),
    )
    const key = (
      await ok(s.request("POST", "/admin/api-keys", { body: { title: "storm key", type: "publishable" } }), "key")
    ).api_key
    await ok(s.request("POST", `/admin/api-keys/${key.id}/sales-channels`, { body: { add: [kept] } }), "link kept")
    const only = (
      await ok(
        s.request("POST", "/admin/products", {
          body: {
            title: "Only in stormed",
            status: "published",
            sales_channels: [{ id: stormed }],
            options: [{ title: "o", values: ["v"] }],
          },
        }),
        "product",
      )
    ).product.id
    // store reads through the key while its links change: they fill the key gate and the response cache
    const read = () => s.request("GET", "/store/products?fields=id", { key: key.token, token: null })
    await storm(`/admin/api-keys/${key.id}/sales-channels?fields=id`, stormed, read)
    const live = await assertSerial(
      "publishable_api_key_sales_channel",
      "LinkPublishableApiKeySalesChannel",
      ["publishable_key_id", key.id],
      ["sales_channel_id", stormed],
    )
    const after = await read()
    assert.equal(after.status, 200, JSON.stringify(after.body))
    assert.deepEqual(
      after.body.products.map((p: { id: string }) => p.id),
      live ? [only] : [],
      "the store sees the key's channels as they were, not as they are",
    )
  })

  test("stock location ↔ channel: 100 concurrent adds and removes of one pair", async () => {
    const channel = (await ok(s.request("POST", "/admin/sales-channels", { body: { name: "Located" } }), "channel"))
      .sales_channel.id
    const location = (
      await ok(s.request("POST", "/admin/stock-locations", { body: { name: "Stormed location" } }), "location")
    ).stock_location.id
    await storm(`/admin/stock-locations/${location}/sales-channels?fields=id`, channel)
    const live = await assertSerial(
      "sales_channel_stock_location",
      "LinkSalesChannelStockLocation",
      ["stock_location_id", location],
      ["sales_channel_id", channel],
    )
    const read = await ok(
      s.request("GET", `/admin/stock-locations/${location}?fields=sales_channels.id`),
      "location read",
    )
    assert.deepEqual(
      read.stock_location.sales_channels.map((c: { id: string }) => c.id),
      live ? [channel] : [],
    )
  })

  describe("completions racing for stock at two locations", () => {
    let shop: CheckoutShop
    before(async () => {
      shop = await createCheckoutShop(s.app.container, s.defaults.default_sales_channel_id)
    })

    test("24 carts for 7 units (5 at A, 2 at B) and 6 kits for 3 parts: never more reserved than stocked", async () => {
      const key = s.publishableKey
      const carts: { id: string; item: string; units: number }[] = []
      for (let i = 0; i < 24; i++) {
        const quantity = rng.int(1, 2)
        const cart = await readyCart(s, key, {
          region_id: shop.region.us,
          items: [{ variant_id: shop.variant.teeS, quantity }],
        })
        carts.push({ id: cart.id, item: shop.item.teeS, units: quantity })
      }
      for (let i = 0; i < 6; i++) {
        // a kit takes 2 parts: at most one kit can be sold from the 3 parts
        const cart = await readyCart(s, key, {
          region_id: shop.region.us,
          items: [{ variant_id: shop.variant.kit, quantity: 1 }],
        })
        carts.push({ id: cart.id, item: shop.item.kit, units: 2 })
      }
      const results = await Promise.all(
        carts.map((c) => s.request("POST", `/store/carts/${c.id}/complete?fields=id`, { key })),
      )
      const won = carts.filter((_, i) => results[i].status === 200)
      for (const [i, r] of results.entries()) {
        if (r.status === 200) continue
        assert.equal(r.status, 400, `cart ${carts[i].id}: ${r.status} ${JSON.stringify(r.body)}`)
        assert.equal(r.body.code, "insufficient_inventory")
      }

      const pool = s.app.core.pool
      for (const [item, stocked] of [
        [shop.item.teeS, 7],
        [shop.item.kit, 3],
      ] as const) {
        const sold = won.filter((c) => c.item === item).reduce((n, c) => n + c.units, 0)
        const levels = await pool.query<{ stocked: number; reserved: number; summed: number }>(
          `SELECT l.stocked_quantity::float8 AS stocked, l.reserved_quantity::float8 AS reserved,
             (SELECT coalesce(sum(r.quantity), 0)::float8 FROM reservation_item r
               WHERE r.inventory_item_id = l.inventory_item_id AND r.location_id = l.location_id AND r.deleted_at IS NULL) AS summed
           FROM inventory_level l WHERE l.inventory_item_id = $1 AND l.deleted_at IS NULL`,
          [item],
        )
        const reserved = levels.rows.reduce((n, l) => n + l.reserved, 0)
        for (const l of levels.rows) {
          assert.ok(l.reserved <= l.stocked, `oversold: ${JSON.stringify(l)}`)
          assert.equal(l.reserved, l.summed, "reserved_quantity is not the sum of the reservations")
        }
        assert.equal(reserved, sold, `${item}: reserved ${reserved}, sold ${sold}`)
        assert.ok(sold <= stocked)
        // a refusal is real: what the loser asked for is not there even now
        for (const loser of carts.filter((c, i) => c.item === item && results[i].status !== 200)) {
          assert.ok(loser.units > stocked - sold, `cart ${loser.id} refused ${loser.units} with ${stocked - sold} left`)
        }
      }
      assert.ok(won.length >= 3, "the units were sold")
      const orders = await pool.query<{ cart_id: string }>(
        `SELECT cart_id FROM order_cart WHERE deleted_at IS NULL AND cart_id = ANY($1)`,
        [carts.map((c) => c.id)],
      )
      assert.deepEqual(
        orders.rows.map((o) => o.cart_id).sort(),
        won.map((c) => c.id).sort(),
        "an order per won cart, none for the others",
      )
      const open = await pool.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM cart WHERE id = ANY($1) AND completed_at IS NULL`,
        [carts.map((c) => c.id)],
      )
      assert.equal(open.rows[0].n, carts.length - won.length, "refused carts stay open")
    })
  })
})
