import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { testApp, type TestApp } from "../test-support/app.js"
import { openApp, type App } from "./app.js"
import { loadConfig } from "./config.js"

describe("secrets kept in the database", () => {
  let first: TestApp
  let others: App[]
  before(async () => {
    first = await testApp()
    // five more "processes" (each its own pool) on the same database, none has read a secret yet
    others = await Promise.all(
      Array.from({ length: 5 }, () =>
        openApp(loadConfig({}, { databaseUrl: first.connectionString, logLevel: "silent" }), { background: false }),
      ),
    )
  })
  after(async () => {
    await Promise.all(others.map((a) => a.close()))
    await first.dispose()
  })

  test("processes starting together generate one secret of each kind and all use it", async () => {
    const apps = [first, ...others]
    for (const name of ["jwt", "cookie"] as const) {
      const keys = await Promise.all(apps.map((a) => a.secrets.keys(name)))
      assert.equal(new Set(keys.map((k) => k.current)).size, 1, `${name}: one value for every process`)
      assert.ok(Buffer.byteLength(keys[0].current) >= 48)
    }
    const { rows } = await first.core.pool.query(
      "SELECT name, count(*)::int AS n FROM auth_secret GROUP BY name ORDER BY name",
    )
    assert.deepEqual(rows, [
      { name: "cookie", n: 1 },
      { name: "jwt", n: 1 },
    ])
    const jwt = (await first.secrets.keys("jwt")).current
    assert.notEqual((await first.secrets.keys("cookie")).current, jwt, "the two secrets differ")
  })

  test("a configured secret is used as is and nothing is generated for it", async () => {
    const configured = "c0nfigured-secret-of-more-than-32-bytes-0123456789"
    const app = await openApp(
      loadConfig({}, { databaseUrl: first.connectionString, jwtSecret: configured, logLevel: "silent" }),
      { background: false },
    )
    try {
      assert.deepEqual(await app.secrets.keys("jwt"), { current: configured, previous: [] })
    } finally {
      await app.close()
    }
  })
})
