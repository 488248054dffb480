import assert from "node:assert/strict"
import type { AddressInfo } from "node:net"
import { after, before, describe, test } from "node:test"
import { openApp, type App } from "../../../app/app.js"
import { loadConfig } from "../../../app/config.js"
import { testServer, type TestServer } from "../../../test-support/http.js"
import { buildServer } from "../../server.js"
import { createCheckoutShop } from "../carts/test-support/checkout-fixtures.js"
import { signUp } from "../customers/test-support/customer-test-helpers.js"

/** The store response cache never serves what a committed write changed, here or in another process. */
describe("store response cache", () => {
  let s: TestServer
  let other: { app: App; url: string; close(): Promise<void> }
  let channel: string
  let key: string

  before(async () => {
    s = await testServer()
    channel = s.defaults.default_sales_channel_id
    key = s.publishableKey
    // a second channel so the single-channel listing shortcut does not apply
    await s.request("POST", "/admin/sales-channels", { body: { name: "Other" } })
    // a second salesgraph process on the same database
    const app = await openApp(loadConfig({}, { databaseUrl: s.app.connectionString, logLevel: "silent" }))
    const server = await buildServer(app)
    await server.listen({ port: 0, host: "127.0.0.1" })
    other = {
      app,
      url: `http://127.0.0.1:${(server.server.address() as AddressInfo).port}`,
      async close() {
        await server.close()
        await app.close()
      },
    }
  })
  after(async () => {
    await other.close()
    await s.close()
  })

  const storeList = async (base: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${base}/store/products?fields=id,title`, {
      headers: { "x-publishable-api-key": key, ...headers },
    })
    return {
      status: res.status,
      etag: res.headers.get("etag"),
      body: (res.status === 200 ? await res.json() : undefined) as any,
    }
  }

  async function createProduct(title: string) {
    const product = await s.app.container.transaction(async (tx) => {
      const p = await tx.modules.product.createProducts({
        title,
        handle: title.toLowerCase().replace(/\s/g, "-"),
        status: "published",
      })
      tx.emit("product.created", { id: p.id })
      return p
    })
    const linked = await s.request("POST", `/admin/sales-channels/${channel}/products`, { body: { add: [product.id] } })
    assert.equal(linked.status, 200)
    return product
  }

  test("a write through the admin API shows on the very next store read (same process)", async () => {
    const first = await storeList(s.url)
    const again = await storeList(s.url)
    assert.deepEqual(again.body, first.body)
    const product = await createProduct("Fresh One")
    const after = await storeList(s.url)
    assert.ok(after.body.products.some((p: { id: string }) => p.id === product.id))
    assert.notEqual(after.etag, first.etag)
  })

  // Another process hears of the write through PostgreSQL's NOTIFY, which arrives
  // asynchronously (usually well under a millisecond after the commit): it is polled for here,
  // with a bound, rather than assumed to beat the test's next request.
  const seenByOther = async (id: string, present: boolean) => {
    const deadline = Date.now() + 20_000
    for (;;) {
      const read = await storeList(other.url)
      if (read.body.products.some((p: { id: string }) => p.id === id) === present) return
      assert.ok(
        Date.now() < deadline,
        `the other process still serves ${present ? "a listing without" : "a listing with"} ${id}`,
      )
      await new Promise((r) => setTimeout(r, 5))
    }
  }

  test("and in another process on the same database as soon as NOTIFY reaches it", async () => {
    await storeList(other.url) // fill the other process's cache
    const product = await createProduct("Fresh Two")
    await seenByOther(product.id, true)
    await s.request("POST", `/admin/sales-channels/${channel}/products`, { body: { remove: [product.id] } })
    await seenByOther(product.id, false)
  })

  test("If-None-Match with the current ETag → 304; a stale one → 200", async () => {
    const current = await storeList(s.url)
    assert.ok(current.etag)
    const notModified = await storeList(s.url, { "if-none-match": current.etag! })
    assert.equal(notModified.status, 304)
    const stale = await storeList(s.url, { "if-none-match": 'W/"stale"' })
    assert.equal(stale.status, 200)
  })

  test("nothing leaks between keys of different channels", async () => {
    const other = (await s.request("POST", "/admin/sales-channels", { body: { name: "Elsewhere" } })).body.sales_channel
    const key2 = (await s.request("POST", "/admin/api-keys", { body: { title: "k2", type: "publishable" } })).body
      .api_key
    await s.request("POST", `/admin/api-keys/${key2.id}/sales-channels`, { body: { add: [other.id] } })
    const mine = await storeList(s.url)
    assert.ok(mine.body.products.length > 0)
    const res = await fetch(`${s.url}/store/products?fields=id,title`, {
      headers: { "x-publishable-api-key": key2.token },
    })
    const theirs = (await res.json()) as any
    assert.equal(theirs.products.length, 0)
  })

  test("a revoked key is refused even for a cached URL", async () => {
    const key3 = (await s.request("POST", "/admin/api-keys", { body: { title: "k3", type: "publishable" } })).body
      .api_key
    await s.request("POST", `/admin/api-keys/${key3.id}/sales-channels`, { body: { add: [channel] } })
    const ok = await fetch(`${s.url}/store/products?fields=id,title`, {
      headers: { "x-publishable-api-key": key3.token },
    })
    assert.equal(ok.status, 200)
    await s.request("POST", `/admin/api-keys/${key3.id}/revoke`)
    const refused = await fetch(`${s.url}/store/products?fields=id,title`, {
      headers: { "x-publishable-api-key": key3.token },
    })
    assert.equal(refused.status, 400)
  })

  test("a customer's group membership change reaches the other process's prices (groups and responses)", async () => {
    const shop = await createCheckoutShop(s.app.container, channel)
    const member = await signUp(s, "cached-member@example.com")
    const group = (await s.request("POST", "/admin/customer-groups", { body: { name: "Cached" } })).body.customer_group
    await s.request("POST", `/admin/customer-groups/${group.id}/customers`, { body: { add: [member.id] } })
    const listed = await s.request("POST", "/admin/price-lists", {
      body: {
        title: "Cached sale",
        description: "d",
        type: "sale",
        status: "active",
        rules: { "customer.groups.id": [group.id] },
        prices: [{ variant_id: shop.variant.teeS, amount: 10, currency_code: "usd" }],
      },
    })
    assert.equal(listed.status, 200, JSON.stringify(listed.body))
    const path = `/store/product-variants/${shop.variant.teeS}?region_id=${shop.region.us}&fields=id,calculated_price`
    const amountIn = async (base: string) => {
      const res = await fetch(base + path, {
        headers: { "x-publishable-api-key": key, authorization: `Bearer ${member.token}` },
      })
      assert.equal(res.status, 200)
      return ((await res.json()) as any).variant.calculated_price.calculated_amount as number
    }
    const otherShows = async (amount: number) => {
      const deadline = Date.now() + 20_000
      while ((await amountIn(other.url)) !== amount) {
        assert.ok(Date.now() < deadline, `the other process still does not show ${amount}`)
        await new Promise((r) => setTimeout(r, 5))
      }
    }
    await otherShows(10)
    assert.equal(await amountIn(other.url), 10) // now cached there
    await s.request("POST", `/admin/customer-groups/${group.id}/customers`, { body: { remove: [member.id] } })
    assert.equal(await amountIn(s.url), 15)
    await otherShows(15)
  })

  test("a region's change reaches the other process's priced reads (its regions are kept in memory)", async () => {
    const product = await createProduct("Priced By Region")
    const variant = await s.app.container.transaction(async (tx) => {
      const [v] = await tx.modules.product.createProductVariants([
        { title: "One", sku: "priced-by-region", product_id: product.id, manage_inventory: false },
      ])
      await tx.modules.product.createProductVariantPrices([{ variant_id: v.id, currency_code: "usd", amount: 7 }])
      tx.emit("product.updated", { id: product.id })
      return v
    })
    const region = (
      await s.request("POST", "/admin/regions", {
        body: { name: "Far", currency_code: "usd", automatic_taxes: false },
      })
    ).body.region
    const path = `/store/product-variants/${variant.id}?region_id=${region.id}&fields=id,calculated_price`
    const read = async () => {
      const res = await fetch(other.url + path, { headers: { "x-publishable-api-key": key } })
      return { status: res.status, body: (await res.json()) as any }
    }
    const otherAnswers = async (status: number) => {
      const deadline = Date.now() + 20_000
      while ((await read()).status !== status) {
        assert.ok(Date.now() < deadline, `the other process still does not answer ${status}`)
        await new Promise((r) => setTimeout(r, 5))
      }
    }
    await otherAnswers(200)
    assert.equal((await read()).body.variant.calculated_price.calculated_amount, 7)
    assert.equal((await s.request("DELETE", `/admin/regions/${region.id}`)).status, 200)
    await otherAnswers(400)
  })
})
