import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { fetchError, fetchErrors, ids } from "./test-support/harness.js"
import { adminSdkSuite } from "./test-support/admin-suite.js"
import { assertFields } from "../test-support/assert-fields.js"

const product = (title: string) => ({ title, options: [{ title: "Size", values: ["One"] }] })

describe("JS SDK: sdk.admin.salesChannel", () => {
  const env = adminSdkSuite()

  test("create, retrieve, update (metadata merged), delete", async () => {
    const { sales_channel: sc } = await env.sdk.admin.salesChannel.create({
      name: "Web",
      description: "online",
      metadata: { a: 1, b: 2 },
    })
    assert.match(sc.id, /^sc_[0-9A-Z]{26}$/)
    assertFields(sc, {
      name: "Web",
      description: "online",
      is_disabled: false,
      metadata: { a: 1, b: 2 },
      deleted_at: null,
    })

    const { sales_channel: got } = await env.sdk.admin.salesChannel.retrieve(sc.id)
    assert.deepEqual(got, sc)
    const { sales_channel: slim } = await env.sdk.admin.salesChannel.retrieve(sc.id, { fields: "id,name" })
    assert.deepEqual(slim, { id: sc.id, name: "Web" })

    const { sales_channel: updated } = await env.sdk.admin.salesChannel.update(
      sc.id,
      { is_disabled: true, description: null, metadata: { b: "", c: 3 } },
      { fields: "id,is_disabled,description,metadata" },
    )
    assert.deepEqual(updated, { id: sc.id, is_disabled: true, description: null, metadata: { a: 1, c: 3 } })
    assert.equal(
      env.wire.last(`/admin/sales-channels/${sc.id}`, "POST").url.search,
      "?fields=id%2Cis_disabled%2Cdescription%2Cmetadata",
    )

    const deleted = await env.sdk.admin.salesChannel.delete(sc.id)
    assert.deepEqual(deleted, { id: sc.id, object: "sales-channel", deleted: true })
    const sent = env.wire.last(`/admin/sales-channels/${sc.id}`, "DELETE")
    assert.equal(sent.body, undefined)
    assert.equal(sent.headers["content-type"], "application/json") // and no body: the server must not choke
    await fetchError(env.sdk.admin.salesChannel.retrieve(sc.id), 404, `Sales channel with id: ${sc.id} not found`)
  })

  test("list: q, id / name arrays (qs indices), is_disabled, dates, $or, order, pagination, fields", async () => {
    const made = []
    for (const [name, description, is_disabled] of [
      ["Alpha shop", "first", false],
      ["Beta shop", "second", true],
      ["Gamma market", "third SHOP", false],
    ] as const) {
      made.push((await env.sdk.admin.salesChannel.create({ name, description, is_disabled })).sales_channel)
    }
    const [alpha, beta, gamma] = made

    const q = await env.sdk.admin.salesChannel.list({ q: "shop", order: "name" })
    assert.deepEqual(ids(q.sales_channels), [alpha.id, beta.id, gamma.id]) // name or description
    assert.equal(q.count, 3)

    const byId = await env.sdk.admin.salesChannel.list({ id: [alpha.id, gamma.id], fields: "id" })
    assert.equal(env.wire.last("/admin/sales-channels", "GET").url.searchParams.get("id[0]"), alpha.id)
    assert.deepEqual(byId.sales_channels, [{ id: alpha.id }, { id: gamma.id }])
    assert.deepEqual(ids((await env.sdk.admin.salesChannel.list({ id: [beta.id] })).sales_channels), [beta.id])
    assert.deepEqual(ids((await env.sdk.admin.salesChannel.list({ id: gamma.id })).sales_channels), [gamma.id])
    assert.deepEqual(
      ids((await env.sdk.admin.salesChannel.list({ name: ["Beta shop", "Gamma market"] })).sales_channels),
      [beta.id, gamma.id],
    )

    assert.deepEqual(ids((await env.sdk.admin.salesChannel.list({ is_disabled: true })).sales_channels), [beta.id])
    const since = await env.sdk.admin.salesChannel.list({
      created_at: { $gte: alpha.created_at },
      order: "-created_at",
    })
    assert.deepEqual(ids(since.sales_channels), [gamma.id, beta.id, alpha.id])
    const either = await env.sdk.admin.salesChannel.list({
      $or: [{ name: "Alpha shop" }, { description: "third SHOP" }],
    })
    assert.deepEqual(ids(either.sales_channels).sort(), [alpha.id, gamma.id].sort())

    const page = await env.sdk.admin.salesChannel.list({ limit: 1, offset: 1, order: "created_at" })
    assert.deepEqual({ count: page.count, limit: page.limit, offset: page.offset }, { count: 4, limit: 1, offset: 1 })
    assert.deepEqual(ids(page.sales_channels), [alpha.id])

    // nulls are skipped by the SDK's qs options, so a cleared filter is no filter
    const all = await env.sdk.admin.salesChannel.list({ q: null as unknown as string })
    assert.equal(all.count, 4)
  })

  test("list: publishable_key_id and location_id cross their links (arrays as the SDK serialises them)", async () => {
    const { sales_channel: web } = await env.sdk.admin.salesChannel.create({ name: "Linked web" })
    const { sales_channel: pos } = await env.sdk.admin.salesChannel.create({ name: "Linked pos" })
    const { api_key: key } = await env.sdk.admin.apiKey.create({ title: "Linked", type: "publishable" })
    await env.sdk.admin.apiKey.batchSalesChannels(key.id, { add: [web.id, pos.id] })
    const { stock_location: loc } = await env.sdk.admin.stockLocation.create({ name: "Linked WH" })
    await env.sdk.admin.stockLocation.updateSalesChannels(loc.id, { add: [pos.id] })

    const byKey = await env.sdk.admin.salesChannel.list({ publishable_key_id: [key.id], order: "created_at" })
    assert.equal(
      env.wire.last("/admin/sales-channels", "GET").url.search,
      `?publishable_key_id%5B0%5D=${key.id}&order=created_at`,
    )
    assert.deepEqual(ids(byKey.sales_channels), [web.id, pos.id])
    const byBootKey = await env.sdk.admin.salesChannel.list({
      publishable_key_id: [env.s.defaults.publishable_key!.id, key.id],
      fields: "id",
    })
    assert.equal(byBootKey.count, 3)

    const byLocation = await env.sdk.admin.salesChannel.list({ location_id: [loc.id] })
    assert.deepEqual(ids(byLocation.sales_channels), [pos.id])
    const both = await env.sdk.admin.salesChannel.list({
      location_id: loc.id,
      publishable_key_id: key.id,
      id: [pos.id, web.id],
    })
    assert.deepEqual(ids(both.sales_channels), [pos.id])
    const none = await env.sdk.admin.salesChannel.list({ location_id: ["sloc_unknown"] })
    assert.deepEqual({ count: none.count, sales_channels: none.sales_channels }, { count: 0, sales_channels: [] })

    const { sales_channel: withLinks } = await env.sdk.admin.salesChannel.retrieve(pos.id, {
      fields: "id,*publishable_api_keys,*stock_locations",
    })
    assert.deepEqual(ids(withLinks.publishable_api_keys), [key.id])
    assert.deepEqual(ids(withLinks.stock_locations), [loc.id])
  })

  test("batchProducts / updateProducts: add and remove products", async () => {
    const { sales_channel: sc } = await env.sdk.admin.salesChannel.create({ name: "Batch" })
    const a = (await env.sdk.admin.product.create(product("Batch A"))).product
    const b = (await env.sdk.admin.product.create(product("Batch B"))).product

    const { sales_channel: res } = await env.sdk.admin.salesChannel.batchProducts(sc.id, { add: [a.id, b.id] })
    assert.equal(res.id, sc.id)
    const listed = await env.sdk.admin.product.list({ sales_channel_id: [sc.id], fields: "id", order: "created_at" })
    assert.deepEqual(ids(listed.products), [a.id, b.id])

    await env.sdk.admin.salesChannel.updateProducts(sc.id, { remove: [a.id] })
    const { sales_channel: after } = await env.sdk.admin.salesChannel.retrieve(sc.id, { fields: "id,products.id" })
    assert.deepEqual(ids(after.products), [b.id])

    await fetchError(
      env.sdk.admin.salesChannel.batchProducts(sc.id, { add: [a.id], nope: [] } as { add: string[] }),
      400,
      "Invalid request: Unrecognized fields: 'nope'",
    )
    const { sales_channel: unchanged } = await env.sdk.admin.salesChannel.retrieve(sc.id, { fields: "id,products.id" })
    assert.deepEqual(ids(unchanged.products), [b.id], "a refused batch writes nothing")
  })

  test("errors surface as FetchError with Medusa's status and message", async () => {
    const channels = env.sdk.admin.salesChannel
    await fetchErrors([
      [() => channels.create({} as { name: string }), 400, "Invalid request: Field 'name' is required"],
      [
        () => channels.create({ name: "x", nope: 1 } as { name: string }),
        400,
        "Invalid request: Unrecognized fields: 'nope'",
      ],
      [() => channels.list({ nope: 1 } as object), 400, "Invalid request: Unrecognized fields: 'nope'"],
      [() => channels.retrieve("sc_missing"), 404, "Sales channel with id: sc_missing not found"],
      [() => channels.update("sc_missing", { name: "x" }), 404, 'Sales channel with id "sc_missing" not found'],
    ])
    const def = env.s.defaults.default_sales_channel_id
    await fetchError(env.sdk.admin.salesChannel.delete(def), 400, `Cannot delete default sales channels: ${def}`)
    const { count } = await env.sdk.admin.salesChannel.list({ name: "x" })
    assert.equal(count, 0, "no refused create wrote a channel")
  })
})
