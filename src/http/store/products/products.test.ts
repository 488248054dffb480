import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { testServer, type TestServer } from "../../../test-support/http.js"
import { ids, keys, optionKeys, productKeys, sorted, variantKeys } from "../../../test-support/response-keys.js"
import { createStoreCatalog } from "./test-support/test-catalog.js"

type Catalog = Awaited<ReturnType<typeof createStoreCatalog>>

describe("store products: channels of the publishable key", () => {
  let s: TestServer
  let cat: Catalog
  const get = (path: string, key: string) => s.request("GET", path, { key, token: null })
  const listIds = async (path: string, key: string) => {
    const r = await get(path, key)
    assert.equal(r.status, 200, JSON.stringify(r.body))
    return sorted(ids(r.body.products))
  }

  before(async () => {
    s = await testServer()
    cat = await createStoreCatalog(s.app.container)
  })
  after(() => s.close())

  test("no key or an unknown key → 400 not_allowed", async () => {
    const none = await s.request("GET", "/store/products", { token: null })
    assert.equal(none.status, 400)
    assert.equal(none.body.type, "not_allowed")
    const bad = await get("/store/products", "pk_nope")
    assert.deepEqual(bad.body, {
      type: "not_allowed",
      message: "A valid publishable key is required to proceed with the request",
    })
  })

  test("two keys on different channels see different products; drafts, other channels and orphans hidden", async () => {
    const p = cat.products
    assert.deepEqual(
      await listIds("/store/products?fields=id", cat.keys.web),
      sorted([p.shirt.id, p.mug.id, p.mixed.id, p.kit.id, p.bare.id]),
    )
    assert.deepEqual(await listIds("/store/products?fields=id", cat.keys.pos), sorted([p.mug.id, p.lamp.id]))
    const both = await get("/store/products?fields=id", cat.keys.both)
    assert.equal(both.body.count, 6)
    assert.deepEqual(
      sorted(ids(both.body.products)),
      sorted([p.shirt.id, p.mug.id, p.mixed.id, p.kit.id, p.bare.id, p.lamp.id]),
    )
  })

  test("sales_channel_id narrows to channels of the key; others → 400, nothing read", async () => {
    const p = cat.products
    const c = cat.channels
    assert.deepEqual(
      await listIds(`/store/products?fields=id&sales_channel_id=${c.pos.id}`, cat.keys.both),
      sorted([p.mug.id, p.lamp.id]),
    )
    assert.deepEqual(
      await listIds(
        `/store/products?fields=id&sales_channel_id[]=${c.pos.id}&sales_channel_id[]=${c.web.id}`,
        cat.keys.both,
      ),
      sorted([p.shirt.id, p.mug.id, p.mixed.id, p.kit.id, p.bare.id, p.lamp.id]),
    )
    const notInKey = { type: "invalid_data", message: "Requested sales channel is not part of the publishable key" }
    for (const query of [
      `sales_channel_id=${c.pos.id}`,
      `sales_channel_id[]=${c.web.id},${c.pos.id}`,
      "sales_channel_id=",
    ]) {
      const r = await get(`/store/products?${query}`, cat.keys.web)
      assert.equal(r.status, 400)
      assert.deepEqual(r.body, notInKey)
    }
    const detail = await get(`/store/products/${p.shirt.id}?sales_channel_id=${c.pos.id}`, cat.keys.web)
    assert.deepEqual(detail.body, notInKey)
  })

  test("a key without channels → 400 on list and detail (and 'not part' when a channel is asked)", async () => {
    const noChannel = { type: "invalid_data", message: "Publishable key needs to have a sales channel configured" }
    assert.deepEqual((await get("/store/products", cat.keys.none)).body, noChannel)
    assert.deepEqual((await get(`/store/products/${cat.products.shirt.id}`, cat.keys.none)).body, noChannel)
    const asked = await get(`/store/products?sales_channel_id=${cat.channels.web.id}`, cat.keys.none)
    assert.equal(asked.status, 400)
    assert.equal(asked.body.message, "Requested sales channel is not part of the publishable key")
  })

  test("beyond Medusa: products of a disabled channel only are not listed nor retrievable", async () => {
    const off = await get("/store/products?fields=id", cat.keys.off)
    assert.deepEqual(off.body, { products: [], count: 0, offset: 0, limit: 50 })
    assert.equal((await get(`/store/products/${cat.products.ghost.id}`, cat.keys.off)).status, 404)
    // mixed is in the disabled channel and in web: web still sells it
    assert.equal((await get(`/store/products/${cat.products.mixed.id}?fields=id`, cat.keys.web)).status, 200)
  })

  test("disabling and re-enabling a channel through the admin API hides and shows its products", async () => {
    const pos = cat.channels.pos.id
    const disabled = await s.request("POST", `/admin/sales-channels/${pos}`, { body: { is_disabled: true } })
    assert.equal(disabled.status, 200)
    assert.deepEqual(await listIds("/store/products?fields=id", cat.keys.pos), [])
    assert.equal((await get(`/store/products/${cat.products.lamp.id}`, cat.keys.pos)).status, 404)
    // the key with both channels keeps seeing mug (in web) but not lamp (pos only)
    assert.ok(!(await listIds("/store/products?fields=id", cat.keys.both)).includes(cat.products.lamp.id))
    await s.request("POST", `/admin/sales-channels/${pos}`, { body: { is_disabled: false } })
    assert.deepEqual(
      await listIds("/store/products?fields=id", cat.keys.pos),
      sorted([cat.products.mug.id, cat.products.lamp.id]),
    )
  })

  test("detail: 404 `Product with id: <id> was not found` for missing, draft, other channel, orphan", async () => {
    const p = cat.products
    const ok = await get(`/store/products/${p.shirt.id}`, cat.keys.web)
    assert.equal(ok.status, 200)
    assert.equal(ok.body.product.id, p.shirt.id)
    for (const id of ["prod_missing", p.hat.id, p.lamp.id, p.orphan.id, p.ghost.id]) {
      const r = await get(`/store/products/${id}`, cat.keys.web)
      assert.equal(r.status, 404, id)
      assert.deepEqual(r.body, { type: "not_found", message: `Product with id: ${id} was not found` })
    }
    // the detail route applies the query's filters too (as Medusa's does)
    assert.equal((await get(`/store/products/${p.shirt.id}?q=zzz`, cat.keys.web)).status, 404)
    assert.equal((await get(`/store/products/${p.shirt.id}?q=cotton&fields=id`, cat.keys.web)).status, 200)
  })

  test("link changes are visible at once from the store side", async () => {
    const { shirt, lamp } = cat.products
    const pair = { product: { product_id: shirt.id }, sales_channel: { sales_channel_id: cat.channels.web.id } }
    await s.app.container.transaction((tx) => tx.link.dismiss(pair))
    assert.ok(!(await listIds("/store/products?fields=id", cat.keys.web)).includes(shirt.id))
    assert.equal((await get(`/store/products/${shirt.id}`, cat.keys.web)).status, 404)
    await s.app.container.transaction((tx) => tx.link.create(pair))
    assert.ok((await listIds("/store/products?fields=id", cat.keys.web)).includes(shirt.id))

    const lampInWeb = { product: { product_id: lamp.id }, sales_channel: { sales_channel_id: cat.channels.web.id } }
    await s.app.container.transaction((tx) => tx.link.create(lampInWeb))
    assert.equal((await get(`/store/products/${lamp.id}?fields=id`, cat.keys.web)).status, 200)
    await s.app.container.transaction((tx) => tx.link.dismiss(lampInWeb))
    assert.equal((await get(`/store/products/${lamp.id}?fields=id`, cat.keys.web)).status, 404)
  })
})

describe("store products: query parameters and fields", () => {
  let s: TestServer
  let cat: Catalog
  const get = (path: string) => s.request("GET", path, { key: cat.keys.web, token: null })
  const listIds = async (path: string) => {
    const r = await get(path)
    assert.equal(r.status, 200, JSON.stringify(r.body))
    return ids(r.body.products)
  }

  before(async () => {
    s = await testServer()
    cat = await createStoreCatalog(s.app.container)
  })
  after(() => s.close())

  test("default fields: Medusa's product, option and variant keys; no sales_channels", async () => {
    const r = await get(`/store/products?handle=shirt`)
    assert.equal(r.status, 200)
    const [product] = r.body.products
    assert.deepEqual(keys(product), productKeys())
    assert.deepEqual(keys(product.options[0]), optionKeys("deleted_at"))
    assert.deepEqual(
      product.options[0].values.map((v: { value: string }) => v.value),
      ["S", "M"],
    )
    const small = product.variants.find((v: { title: string }) => v.title === "S")
    assert.deepEqual(keys(small), variantKeys("deleted_at"))
    assert.equal(small.options[0].value, "S")
    assert.deepEqual(small.options[0].option, {
      id: cat.options.size.id,
      title: "Size",
      is_exclusive: true,
      metadata: null,
      created_at: product.options[0].created_at,
      updated_at: product.options[0].updated_at,
      deleted_at: null,
    })
    assert.equal(small.inventory_quantity, undefined)
    assert.equal(small.calculated_price, undefined)
    const detail = await get(`/store/products/${product.id}`)
    assert.deepEqual(detail.body.product.categories, [])
    assert.deepEqual({ ...detail.body.product, categories: undefined }, { ...product, categories: undefined })
  })

  test("images by rank; an empty fields parameter leaves only id", async () => {
    const [back, front] = cat.images
    const list = await get(`/store/products?handle=shirt&fields=id,images.url`)
    assert.deepEqual(list.body.products[0].images, [
      { id: front.id, url: front.url },
      { id: back.id, url: back.url },
    ])
    const detail = await get(`/store/products/${cat.products.shirt.id}`)
    assert.deepEqual(
      detail.body.product.images.map((i: { rank: number }) => i.rank),
      [0, 1],
    )
    const empty = await get(`/store/products?handle=shirt&fields=`)
    assert.deepEqual(empty.body.products, [{ id: cat.products.shirt.id }])
  })

  test("fields outside the store allow-list are dropped silently", async () => {
    const r = await get(
      `/store/products?handle=shirt&fields=id,metadata,nope,*sales_channels,sales_channels.id,variants.prices.amount,status`,
    )
    assert.equal(r.status, 200)
    assert.deepEqual(r.body.products, [{ id: cat.products.shirt.id, metadata: null, status: "published" }])
    const added = await get(`/store/products?handle=shirt&fields=%2Bsales_channels,%2Bexternal_id`)
    assert.equal(added.body.products[0].sales_channels, undefined)
    assert.equal(added.body.products[0].external_id, null)
    const variantOptions = await get(`/store/products?handle=shirt&fields=id,*variants.options`)
    // without the product's options loaded, an option value shows only its option's id (as in Medusa)
    assert.deepEqual(variantOptions.body.products[0].variants[0].options[0].option, { id: cat.options.size.id })
    const prices = await get(`/store/products?handle=shirt&fields=id,variants.prices`)
    assert.equal(prices.body.products[0].variants[0].prices.length, 4)
  })

  test("strict query: unknown keys, status, bad types → 400 with Medusa's messages", async () => {
    const cases: [string, string][] = [
      ["status=published", "Invalid request: Unrecognized fields: 'status'"],
      ["foo=1&bar=2", "Invalid request: Unrecognized fields: 'foo, bar'"],
      ["is_giftcard=maybe", "Invalid request: Invalid input"],
      ["limit=abc", "Invalid request: Expected type: 'number' for field 'limit', got: 'abc'"],
      ["order=foo", "Order field foo is not valid"],
      ["order=title,handle", "Order field title,handle is not valid"],
      ["order=-sales_channels.id", "Order field sales_channels.id is not valid"],
    ]
    for (const [query, message] of cases) {
      const r = await get(`/store/products?${query}`)
      assert.equal(r.status, 400, query)
      assert.deepEqual(r.body, { type: "invalid_data", message }, query)
    }
    const detail = await get(`/store/products/${cat.products.shirt.id}?foo=1`)
    assert.deepEqual(detail.body, { type: "invalid_data", message: "Invalid request: Unrecognized fields: 'foo'" })
    assert.equal((await get(`/store/products?with_deleted=true&is_giftcard=FALSE&fields=id`)).status, 200)
  })

  test("pagination, count and order", async () => {
    const all = await get(`/store/products?fields=id,title&order=title`)
    assert.deepEqual(
      all.body.products.map((p: { title: string }) => p.title),
      ["Bare", "Kit", "Mixed", "Mug", "Shirt"],
    )
    const page = await get(`/store/products?fields=id,title&order=-title&limit=2&offset=1`)
    assert.deepEqual(
      page.body.products.map((p: { title: string }) => p.title),
      ["Mug", "Mixed"],
    )
    assert.equal(page.body.count, 5)
    assert.equal(page.body.offset, 1)
    assert.equal(page.body.limit, 2)
    const beyond = await get(`/store/products?fields=id&offset=10`)
    assert.deepEqual(beyond.body, { products: [], count: 5, offset: 10, limit: 50 })
  })

  test("q, handle, id, title and other filters", async () => {
    const p = cat.products
    assert.deepEqual(await listIds(`/store/products?fields=id&q=COTTON`), [p.shirt.id]) // description
    assert.deepEqual(await listIds(`/store/products?fields=id&q=shirt-m`), [p.shirt.id]) // a variant's sku
    assert.deepEqual(await listIds(`/store/products?fields=id&q=%20shirt-m%20cotton`), [p.shirt.id]) // each word anywhere
    assert.deepEqual(await listIds(`/store/products?fields=id&q=cotton%20mug`), [])
    assert.deepEqual(await listIds(`/store/products?fields=id&q=ghost`), []) // not in the key's channels
    assert.deepEqual(await listIds(`/store/products?fields=id&handle=mug`), [p.mug.id])
    assert.deepEqual(await listIds(`/store/products?fields=id&handle[]=mug,kit&order=handle`), [p.kit.id, p.mug.id])
    assert.deepEqual(await listIds(`/store/products?fields=id&id[]=${p.kit.id},${p.lamp.id},${p.hat.id}`), [p.kit.id])
    assert.deepEqual(await listIds(`/store/products?fields=id&id=${p.bare.id}`), [p.bare.id])
    assert.deepEqual(await listIds(`/store/products?fields=id&title=Kit`), [p.kit.id])
    assert.deepEqual(await listIds(`/store/products?fields=id&is_giftcard=true`), [])
    assert.deepEqual(await listIds(`/store/products?fields=id&$or[0][handle]=kit&$or[1][title]=Bare&order=title`), [
      p.bare.id,
      p.kit.id,
    ])
    assert.deepEqual(await listIds(`/store/products?fields=id&created_at[$gt]=2000-01-01&handle=kit`), [p.kit.id])
    assert.deepEqual(await listIds(`/store/products?fields=id&tag_id=ptag_none`), [])
  })

  test("option and variant filters", async () => {
    const { shirt } = cat.products
    const { size, small, medium } = cat.options
    assert.deepEqual(await listIds(`/store/products?fields=id&variants[options][value]=M`), [shirt.id])
    assert.deepEqual(await listIds(`/store/products?fields=id&variants[options][value]=XL`), [])
    assert.deepEqual(await listIds(`/store/products?fields=id&variants[sku]=kit`), [cat.products.kit.id])
    assert.deepEqual(await listIds(`/store/products?fields=id&variants[foo]=1&handle=kit`), [cat.products.kit.id])
    assert.deepEqual(await listIds(`/store/products?fields=id&variants.sku=kit`), [cat.products.kit.id])
    const deep = await get(`/store/products?fields=id&variants.options.value=M`)
    assert.equal(deep.status, 400) // Medusa: invalid_argument, a 500; bad input is a 4xx here
    assert.deepEqual(deep.body, {
      type: "invalid_data",
      message: "Key accessor more than 2 levels deep: variants.options.value",
    })
    assert.deepEqual(await listIds(`/store/products?fields=id&option_id=${size.id}`), [shirt.id])
    assert.deepEqual(await listIds(`/store/products?fields=id&option_value_id=${small.id}`), [shirt.id])
    assert.deepEqual(await listIds(`/store/products?fields=id&option_value_id[]=${small.id},${medium.id}`), [shirt.id])
    assert.deepEqual(await listIds(`/store/products?fields=id&option_value_id=optval_missing`), [])
  })
})
