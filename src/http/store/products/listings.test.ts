import assert from "node:assert/strict"
import { after, afterEach, before, describe, test } from "node:test"
import { clock } from "../../../framework/clock.js"
import { testServer, type TestServer } from "../../../test-support/http.js"
import { createStoreCatalog } from "./test-support/test-catalog.js"

type Catalog = Awaited<ReturnType<typeof createStoreCatalog>>
const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort()

describe("store products: channel listings (visible, purchasable, windows)", () => {
  let s: TestServer
  let cat: Catalog
  const get = (path: string, key = cat.keys.web) => s.request("GET", path, { key, token: null })
  const listed = async (path = "/store/products?fields=id", key = cat.keys.web) => {
    const r = await get(path, key)
    assert.equal(r.status, 200, JSON.stringify(r.body))
    return { ids: ids(r.body.products), count: r.body.count as number }
  }
  const setListing = async (product: string, channel: string, body: Record<string, unknown>) => {
    const r = await s.request("POST", `/admin/products/${product}/sales-channels/${channel}`, { body })
    assert.equal(r.status, 200, JSON.stringify(r.body))
    return r.body.product_sales_channel
  }
  const reset = (product: string, channel: string) =>
    setListing(product, channel, { visible: true, purchasable: true, available_from: null, available_until: null })

  before(async () => {
    s = await testServer({ httpCache: "on" })
    cat = await createStoreCatalog(s.app.container)
  })
  afterEach(() => clock.set(undefined))
  after(() => s.close())

  test("defaults: every link is visible, purchasable, without a window (Medusa's behaviour)", async () => {
    const r = await s.request("GET", `/admin/products/${cat.products.shirt.id}?fields=id,*sales_channels_link`)
    assert.equal(r.status, 200, JSON.stringify(r.body))
    const [link] = r.body.product.sales_channels_link
    assert.equal(link.visible, true)
    assert.equal(link.purchasable, true)
    assert.equal(link.available_from, null)
    assert.equal(link.available_until, null)
  })

  test("hidden: out of listings, counts and search; served by id and by handle", async () => {
    const shirt = cat.products.shirt.id
    const before = await listed()
    assert.ok(before.ids.includes(shirt))
    const row = await setListing(shirt, cat.channels.web.id, { visible: false })
    assert.equal(row.visible, false)
    const after = await listed()
    assert.ok(!after.ids.includes(shirt))
    assert.equal(after.count, before.count - 1)
    assert.deepEqual((await listed("/store/products?fields=id&q=Cotton")).ids, [])
    assert.equal((await get(`/store/products/${shirt}?fields=id`)).status, 200)
    assert.deepEqual((await listed("/store/products?fields=id&handle=shirt")).ids, [shirt])
    // another channel's listing is its own: the mug hidden in pos stays listed in web
    await setListing(cat.products.mug.id, cat.channels.pos.id, { visible: false })
    assert.ok((await listed()).ids.includes(cat.products.mug.id))
    assert.ok(!(await listed("/store/products?fields=id", cat.keys.pos)).ids.includes(cat.products.mug.id))
    await reset(shirt, cat.channels.web.id)
    await reset(cat.products.mug.id, cat.channels.pos.id)
    assert.ok((await listed()).ids.includes(shirt))
  })

  test("outside its window a product is served nowhere in the store (list, id, handle, variants)", async () => {
    const kit = cat.products.kit.id
    await setListing(kit, cat.channels.web.id, { available_from: "2999-01-01T00:00:00.000Z" })
    assert.ok(!(await listed()).ids.includes(kit))
    assert.equal((await get(`/store/products/${kit}`)).status, 404)
    assert.deepEqual((await listed("/store/products?fields=id&handle=kit")).ids, [])
    const variant = await get(`/store/product-variants/${cat.variants.kitVariant.id}`)
    assert.equal(variant.status, 404)
    await setListing(kit, cat.channels.web.id, {
      available_from: "2000-01-01T00:00:00.000Z",
      available_until: "2001-01-01T00:00:00.000Z",
    })
    assert.equal((await get(`/store/products/${kit}`)).status, 404)
    await reset(kit, cat.channels.web.id)
    assert.equal((await get(`/store/products/${kit}`)).status, 200)
  })

  test("window edges, one millisecond either side, with the response cache on", async () => {
    const bare = cat.products.bare.id
    const from = Date.parse("2030-06-01T12:00:00.000Z")
    const until = from + 60_000
    await setListing(bare, cat.channels.web.id, {
      available_from: new Date(from).toISOString(),
      available_until: new Date(until).toISOString(),
    })
    const at = async (ms: number) => {
      clock.set(() => ms)
      const list = await get("/store/products?fields=id")
      const one = await get(`/store/products/${bare}?fields=id`)
      return { listed: ids(list.body.products).includes(bare), served: one.status === 200 }
    }
    assert.deepEqual(await at(from - 1), { listed: false, served: false })
    assert.deepEqual(await at(from - 1), { listed: false, served: false }, "served from cache")
    assert.deepEqual(await at(from), { listed: true, served: true }, "cached before the launch, expired at it")
    assert.deepEqual(await at(from + 1), { listed: true, served: true })
    assert.deepEqual(await at(until - 1), { listed: true, served: true })
    assert.deepEqual(await at(until), { listed: false, served: false }, "withdrawn at available_until")
    assert.deepEqual(await at(until + 1), { listed: false, served: false })
    clock.set(undefined)
    await reset(bare, cat.channels.web.id)
  })

  test("the single-channel shortcut keeps hidden and out-of-window products out too", async () => {
    const lone = await testServer({ httpCache: "on" })
    try {
      const { data } = await lone.app.container.query.graph<{ id: string }>({ entity: "sales_channel", fields: ["id"] })
      assert.equal(data.length, 1)
      const made = await lone.request("POST", "/admin/products", {
        body: { title: "Solo", options: [{ title: "o", values: ["v"] }], status: "published" },
      })
      assert.equal(made.status, 200, JSON.stringify(made.body))
      const id = made.body.product.id
      const list = async () =>
        ids(
          (await lone.request("GET", "/store/products?fields=id", { key: lone.publishableKey, token: null })).body
            .products,
        )
      assert.ok((await list()).includes(id))
      const hide = await lone.request("POST", `/admin/products/${id}/sales-channels/${data[0].id}`, {
        body: { visible: false },
      })
      assert.equal(hide.status, 200, JSON.stringify(hide.body))
      assert.ok(!(await list()).includes(id))
    } finally {
      await lone.close()
    }
  })

  test("Query knows the columns: fields and filters on sales_channels_link / products_link", async () => {
    await setListing(cat.products.lamp.id, cat.channels.pos.id, { purchasable: false })
    const { data } = await s.app.container.query.graph<{ id: string }>({
      entity: "product",
      fields: ["id", "sales_channels_link.*"],
      filters: { sales_channels_link: { purchasable: false } },
    })
    assert.deepEqual(ids(data), [cat.products.lamp.id])
    const channel = await s.request("GET", `/admin/sales-channels/${cat.channels.pos.id}?fields=id,*products_link`)
    assert.equal(channel.status, 200, JSON.stringify(channel.body))
    const lamp = channel.body.sales_channel.products_link.find(
      (l: { product_id: string }) => l.product_id === cat.products.lamp.id,
    )
    assert.equal(lamp.purchasable, false)
    await reset(cat.products.lamp.id, cat.channels.pos.id)
  })
})
