import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { loadConfig } from "../app/config.js"
import pg from "pg"
import { PgExecutor } from "../db/executor.js"
import { createPool } from "../db/pool.js"
import { takeToken } from "../framework/rate-limit/bucket.js"
import { createTestDatabase } from "../test-support/database.js"
import { assertErrorShape } from "./test-support/hostile.js"
import { serverSuite } from "../test-support/server-suite.js"

/**
 * The per-key /store rate limit (SALESGRAPH_STORE_RATE_LIMIT requests a minute, off by
 * default), counted in PostgreSQL. The bucket arithmetic is checked by moving a bucket's stored
 * time back; the HTTP tests use limits no refill can reach while they run (one token every 20 s
 * or more). Several processes sharing one allowance: test/cli/several-processes.test.ts.
 */

describe("token buckets in PostgreSQL (time moved by hand: the stored refill time is moved back)", () => {
  let db: { url: string; drop(): Promise<void> }
  let pool: pg.Pool
  let executor: PgExecutor
  before(async () => {
    db = await createTestDatabase()
    pool = createPool({ connectionString: db.url, max: 4 })
    executor = new PgExecutor(pool, false)
  })
  after(async () => {
    await pool.end()
    await db.drop()
  })
  // 3 a minute: one token every 20 s, more than any pause between two statements here
  const take = (key: string, perMinute = 3) => takeToken(executor, key, perMinute)
  // the bucket as if `ms` had passed since it was emptied
  const elapse = async (key: string, ms: number) => {
    await pool.query(
      "UPDATE rate_limit_bucket SET refilled_at = now() - $2 * interval '1 ms', tokens = 0 WHERE key = $1",
      [key, ms],
    )
  }

  test("a minute's allowance at once, then one token per 60/limit seconds; keys apart; capped when idle", async () => {
    for (let i = 0; i < 3; i++) assert.equal(await take("a"), 0, `request ${i}`)
    const wait = await take("a")
    assert.ok(wait > 10_000 && wait <= 20_000, `about 20 s for the next token: ${wait}`)
    assert.equal(await take("b"), 0, "another key has its own bucket")
    await elapse("a", 10_000)
    const half = await take("a")
    assert.ok(half > 0 && half <= 10_000, `half a token there: ${half}`)
    await elapse("a", 20_000)
    assert.equal(await take("a"), 0)
    await elapse("a", 3_600_000) // an idle hour refills a minute's worth, no more
    for (let i = 0; i < 3; i++) assert.equal(await take("a"), 0)
    assert.ok((await take("a")) > 0)
  })

  test("concurrent takers share one allowance: exactly the limit is granted", async () => {
    const results = await Promise.all(Array.from({ length: 30 }, () => take("shared", 5)))
    assert.equal(results.filter((w) => w === 0).length, 5)
  })

  test("configured by SALESGRAPH_STORE_RATE_LIMIT, off (0) by default", () => {
    assert.equal(loadConfig({}).storeRateLimit, 0)
    assert.equal(loadConfig({ SALESGRAPH_STORE_RATE_LIMIT: "120" }).storeRateLimit, 120)
    assert.throws(() => loadConfig({ SALESGRAPH_STORE_RATE_LIMIT: "-1" }), /SALESGRAPH_STORE_RATE_LIMIT/)
  })
})

describe("rate limit on /store, 3 requests a minute per publishable key", () => {
  const { s } = serverSuite({ storeRateLimit: 3 })
  let other: string
  before(async () => {
    const key = await s.request("POST", "/admin/api-keys", { body: { title: "other", type: "publishable" } })
    await s.request("POST", `/admin/api-keys/${key.body.api_key.id}/sales-channels`, {
      body: { add: [s.defaults.default_sales_channel_id] },
    })
    other = key.body.api_key.token
  })

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
    assert.ok(
      Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 20,
      `Retry-After: ${limited.headers.get("retry-after")}`,
    )
    assert.equal((await store(s.publishableKey)).status, 429, "still limited")

    assert.equal((await store(other)).status, 200, "another key has its own allowance")
    for (let i = 0; i < 10; i++)
      assert.equal((await s.request("GET", "/admin/products?fields=id")).status, 200, "/admin is not limited")
    // a missing or unknown key is refused by the gate first, and spends nobody's tokens
    assert.equal((await store("pk_unknown")).status, 400)
    assert.equal((await s.request("GET", "/store/products", { token: null })).status, 400)
  })
})

describe("no rate limit by default", () => {
  const { s } = serverSuite()

  test("100 requests with one key all pass", async () => {
    for (let i = 0; i < 100; i++) {
      const r = await s.request("GET", "/store/products?fields=id", { key: s.publishableKey, token: null })
      assert.equal(r.status, 200, `request ${i}: ${JSON.stringify(r.body)}`)
    }
  })
})
