import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { loadConfig } from "../app/config.js"
import { TokenBuckets } from "../http/store/rate-limit.js"
import { testServer, type TestServer } from "../test-support/http.js"
import { assertErrorShape } from "./test-support/hostile.js"

/**
 * The per-key /store rate limit (SALESGRAPH_STORE_RATE_LIMIT requests a minute, off by
 * default). The bucket arithmetic runs on a hand-moved clock; the HTTP tests use limits no
 * refill can reach while they run (one token every 20 s or more).
 */

describe("token buckets (a clock moved by hand)", () => {
  test("a minute's allowance at once, then one token per 60/limit seconds; keys apart; capped when idle", () => {
    let now = 0
    const buckets = new TokenBuckets(60, () => now)
    for (let i = 0; i < 60; i++) assert.equal(buckets.take("a"), 0, `request ${i}`)
    assert.equal(buckets.take("a"), 1000) // one token a second
    assert.equal(buckets.take("b"), 0, "another key has its own bucket")
    now += 500
    assert.equal(buckets.take("a"), 500)
    now += 500
    assert.equal(buckets.take("a"), 0)
    assert.ok(buckets.take("a") > 0)
    now += 3_600_000 // an idle hour refills a minute's worth, no more
    for (let i = 0; i < 60; i++) assert.equal(buckets.take("a"), 0)
    assert.ok(buckets.take("a") > 0)
  })

  test("memory stays bounded under a flood of keys", () => {
    let now = 0
    const buckets = new TokenBuckets(2, () => now, 100)
    for (let i = 0; i < 1000; i++) buckets.take(`k${i}`)
    now += 120_000
    buckets.take("late")
    assert.ok((buckets as unknown as { buckets: Map<string, unknown> }).buckets.size <= 100)
  })

  test("configured by SALESGRAPH_STORE_RATE_LIMIT, off (0) by default", () => {
    assert.equal(loadConfig({}).storeRateLimit, 0)
    assert.equal(loadConfig({ SALESGRAPH_STORE_RATE_LIMIT: "120" }).storeRateLimit, 120)
    assert.throws(() => loadConfig({ SALESGRAPH_STORE_RATE_LIMIT: "-1" }), /SALESGRAPH_STORE_RATE_LIMIT/)
  })
})

describe("rate limit on /store, 3 requests a minute per publishable key", () => {
  let s: TestServer
  let other: string
  before(async () => {
    s = await testServer({ storeRateLimit: 3 })
    const key = await s.request("POST", "/admin/api-keys", { body: { title: "other", type: "publishable" } })
    await s.request("POST", `/admin/api-keys/${key.body.api_key.id}/sales-channels`, { body: { add: [s.defaults.default_sales_channel_id] } })
    other = key.body.api_key.token
  })
  after(() => s.close())

  const store = (key: string, path = "/store/products?fields=id") => s.request("GET", path, { key, token: null })

  test("the fourth request answers 429 with Retry-After in Medusa's shape; other keys and /admin go on", async () => {
    for (let i = 0; i < 3; i++) assert.equal((await store(s.publishableKey)).status, 200, `request ${i}`)
    // any /store route counts, cached answers included
    const limited = await store(s.publishableKey, "/store/regions")
    assert.equal(limited.status, 429)
    assertErrorShape(limited.status, limited.body, "429")
    assert.equal(limited.body.type, "not_allowed")
    assert.equal(limited.body.code, "rate_limit_exceeded")
    const retryAfter = Number(limited.headers.get("retry-after"))
    assert.ok(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 20, `Retry-After: ${limited.headers.get("retry-after")}`)
    assert.equal((await store(s.publishableKey)).status, 429, "still limited")

    assert.equal((await store(other)).status, 200, "another key has its own allowance")
    for (let i = 0; i < 10; i++) assert.equal((await s.request("GET", "/admin/products?fields=id")).status, 200, "/admin is not limited")
    // a missing or unknown key is refused by the gate first, and spends nobody's tokens
    assert.equal((await store("pk_unknown")).status, 400)
    assert.equal((await s.request("GET", "/store/products", { token: null })).status, 400)
  })
})

describe("no rate limit by default", () => {
  let s: TestServer
  before(async () => {
    s = await testServer()
  })
  after(() => s.close())

  test("100 requests with one key all pass", async () => {
    for (let i = 0; i < 100; i++) {
      const r = await s.request("GET", "/store/products?fields=id", { key: s.publishableKey, token: null })
      assert.equal(r.status, 200, `request ${i}: ${JSON.stringify(r.body)}`)
    }
  })
})
