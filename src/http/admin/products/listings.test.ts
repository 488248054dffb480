import assert from "node:assert/strict"
import { before, describe, test } from "node:test"
import { serverSuite } from "../../../test-support/server-suite.js"

describe("admin: channel listings on the product ↔ sales channel link", () => {
  const { s } = serverSuite()
  let web: string
  let retail: string
  const products: string[] = []
  const listing = async (product: string, channel: string) => {
    const { data } = await s.app.container.query.graph<Record<string, unknown>>({
      entity: "product_sales_channel",
      fields: ["visible", "purchasable", "available_from", "available_until"],
      filters: { product_id: product, sales_channel_id: channel },
    })
    if (!data[0]) return undefined
    const { id: _id, ...state } = data[0]
    return state
  }
  const outbox = async (name: string) =>
    (
      await s.app.core.pool.query<{ data: Record<string, any> }>(
        "SELECT data FROM event_outbox WHERE name = $1 ORDER BY seq",
        [name],
      )
    ).rows.map((r) => r.data)

  before(async () => {
    web = s.defaults.default_sales_channel_id
    const made = await s.request("POST", "/admin/sales-channels", { body: { name: "Retail listings test" } })
    retail = made.body.sales_channel.id
    for (const title of ["Listed A", "Listed B", "Listed C"]) {
      const r = await s.request("POST", "/admin/products", {
        body: { title, options: [{ title: "o", values: ["v"] }], sales_channels: [{ id: web }] },
      })
      assert.equal(r.status, 200, JSON.stringify(r.body))
      products.push(r.body.product.id)
    }
  })

  test("POST /admin/products/:id/sales-channels/:channel_id sets the state and emits it with both ids", async () => {
    const r = await s.request("POST", `/admin/products/${products[0]}/sales-channels/${web}`, {
      body: { visible: false, available_from: "2030-01-01T00:00:00.000Z" },
    })
    assert.equal(r.status, 200, JSON.stringify(r.body))
    assert.equal(r.body.product_sales_channel.product_id, products[0])
    assert.equal(r.body.product_sales_channel.visible, false)
    assert.equal(r.body.product_sales_channel.purchasable, true, "absent fields are kept")
    assert.equal(r.body.product_sales_channel.available_from, "2030-01-01T00:00:00.000Z")
    const [event] = await outbox("LinkProductSalesChannel.updated")
    assert.deepEqual(
      { ...event, id: undefined },
      {
        id: undefined,
        product_id: products[0],
        sales_channel_id: web,
        changed: { visible: false, available_from: "2030-01-01T00:00:00.000Z" },
        previous: { visible: true, available_from: null },
      },
    )
  })

  test("a pair not linked yet is linked with the state (attached)", async () => {
    const r = await s.request("POST", `/admin/products/${products[1]}/sales-channels/${retail}`, {
      body: { purchasable: false },
    })
    assert.equal(r.status, 200, JSON.stringify(r.body))
    assert.deepEqual(await listing(products[1], retail), {
      visible: true,
      purchasable: false,
      available_from: null,
      available_until: null,
    })
    const attached = await outbox("LinkProductSalesChannel.attached")
    assert.ok(attached.some((e) => e.product_id === products[1] && e.sales_channel_id === retail))
  })

  test("bad input → 400 invalid_data or 404, nothing written", async () => {
    const path = `/admin/products/${products[2]}/sales-channels/${web}`
    const before = await listing(products[2], web)
    for (const body of [
      { visible: "yes" },
      { shown: true },
      { available_from: "next friday" },
      { available_from: "2030-02-01T00:00:00.000Z", available_until: "2030-01-01T00:00:00.000Z" },
    ]) {
      const r = await s.request("POST", path, { body })
      assert.equal(r.status, 400, JSON.stringify(body))
      assert.equal(r.body.type, "invalid_data")
      assert.equal(typeof r.body.message, "string")
    }
    assert.deepEqual(await listing(products[2], web), before)
    const missing = await s.request("POST", `/admin/products/prod_nope/sales-channels/${web}`, { body: {} })
    assert.equal(missing.status, 404)
    assert.equal(missing.body.type, "not_found")
    const noChannel = await s.request("POST", `/admin/products/${products[2]}/sales-channels/sc_nope`, { body: {} })
    assert.equal(noChannel.status, 404)
  })

  test("the sales channel batch takes listing objects beside Medusa's plain ids; a plain id keeps the state", async () => {
    const r = await s.request("POST", `/admin/sales-channels/${retail}/products`, {
      body: {
        add: [products[0], { id: products[1], visible: false, available_until: "2040-01-01T00:00:00.000Z" }],
      },
    })
    assert.equal(r.status, 200, JSON.stringify(r.body))
    assert.equal((await listing(products[0], retail))!.visible, true)
    assert.deepEqual(await listing(products[1], retail), {
      visible: false,
      purchasable: false,
      available_from: null,
      available_until: "2040-01-01T00:00:00.000Z",
    })
    const again = await s.request("POST", `/admin/sales-channels/${retail}/products`, { body: { add: [products[1]] } })
    assert.equal(again.status, 200)
    assert.equal((await listing(products[1], retail))!.visible, false)
    const bad = await s.request("POST", `/admin/sales-channels/${retail}/products`, {
      body: { add: [{ id: products[2], visible: 1 }] },
    })
    assert.equal(bad.status, 400)
    assert.equal(await listing(products[2], retail), undefined)
  })

  test("bulk: POST /admin/products/channel-listings sets many products in many channels in one transaction", async () => {
    const r = await s.request("POST", "/admin/products/channel-listings", {
      body: {
        listings: products.flatMap((p) => [
          { product_id: p, sales_channel_id: web, purchasable: true, visible: true, available_from: null },
          { product_id: p, sales_channel_id: retail, available_from: "2030-05-01T00:00:00.000Z" },
        ]),
      },
    })
    assert.equal(r.status, 200, JSON.stringify(r.body))
    assert.equal(r.body.product_sales_channels.length, 6)
    assert.equal((await listing(products[2], retail))!.available_from, "2030-05-01T00:00:00.000Z")
    const refused = await s.request("POST", "/admin/products/channel-listings", {
      body: {
        listings: [
          { product_id: products[0], sales_channel_id: web, visible: false },
          { product_id: "prod_nope", sales_channel_id: web, visible: false },
        ],
      },
    })
    assert.equal(refused.status, 404)
    assert.equal((await listing(products[0], web))!.visible, true, "rolled back")
  })
})
