import assert from "node:assert/strict"
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { after, before, describe, test } from "node:test"
import Fastify, { type FastifyInstance } from "fastify"
import { dashboardPage } from "./dashboard-page.js"

describe("Medusa's dashboard at /dashboard", () => {
  const built = mkdtempSync(join(tmpdir(), "dashboard-build-"))
  const empty = mkdtempSync(join(tmpdir(), "dashboard-none-"))
  let server: FastifyInstance
  let bare: FastifyInstance
  before(async () => {
    mkdirSync(join(built, "assets"))
    writeFileSync(join(built, "index.html"), '<div id="medusa"></div>')
    writeFileSync(join(built, "assets", "index-abc.js"), "console.log(1)")
    server = Fastify()
    await server.register(dashboardPage({ root: built }), { prefix: "/dashboard" })
    bare = Fastify()
    await bare.register(dashboardPage({ root: empty }), { prefix: "/dashboard" })
  })
  after(async () => {
    await server.close()
    await bare.close()
    rmSync(built, { recursive: true, force: true })
    rmSync(empty, { recursive: true, force: true })
  })

  test("the app's own routes answer index.html (the client router picks the page)", async () => {
    for (const url of ["/dashboard", "/dashboard/", "/dashboard/orders/order_1", "/dashboard/settings/store?x=1"]) {
      const r = await server.inject({ url })
      assert.equal(r.statusCode, 200, url)
      assert.equal(r.body, '<div id="medusa"></div>')
      assert.equal(r.headers["cache-control"], "no-cache")
    }
  })

  test("hashed assets are cached for good; a missing file is a 404, not the page", async () => {
    const js = await server.inject({ url: "/dashboard/assets/index-abc.js" })
    assert.equal(js.statusCode, 200)
    assert.equal(js.headers["cache-control"], "public, max-age=31536000, immutable")
    assert.equal((await server.inject({ url: "/dashboard/assets/nope.js" })).statusCode, 404)
  })

  test("not built: a 404 naming the command that builds it", async () => {
    const r = await bare.inject({ url: "/dashboard/orders" })
    assert.equal(r.statusCode, 404)
    assert.match(r.json().message, /npx salesgraph dashboard/)
  })
})
