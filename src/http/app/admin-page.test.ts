import assert from "node:assert/strict"
import { mkdtempSync, readdirSync, rmSync } from "node:fs"
import { get } from "node:http"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { after, before, describe, test } from "node:test"
import Fastify from "fastify"
import { testServer, type TestServer } from "../../test-support/http.js"
import { ADMIN_PAGE_DIR, adminPage } from "./admin-page.js"
import { ensureAdminPageBuilt } from "./test-support/build-once.js"

describe("admin page at /app", () => {
  let s: TestServer
  before(async () => {
    await ensureAdminPageBuilt()
    s = await testServer()
  })
  after(() => s.close())

  test("/app and /app/ serve the page: the built script and stylesheet, not cached, a strict CSP", async () => {
    for (const path of ["/app", "/app/"]) {
      const r = await fetch(s.url + path)
      assert.equal(r.status, 200)
      assert.match(r.headers.get("content-type")!, /^text\/html/)
      assert.equal(r.headers.get("cache-control"), "no-cache")
      assert.match(r.headers.get("content-security-policy")!, /default-src 'self'.*script-src 'self'/)
      const html = await r.text()
      assert.match(html, /<div id="root"><\/div>/)
      assert.match(html, /<script type="module" crossorigin src="\/app\/assets\/index-[\w-]+\.js"><\/script>/)
      assert.match(html, /<link rel="stylesheet" crossorigin href="\/app\/assets\/index-[\w-]+\.css">/)
    }
  })

  test("client routes fall back to the page; query strings are fine", async () => {
    for (const path of ["/app/channels/sc_123", "/app/channels", "/app/anything/deeper?x=1"]) {
      const r = await fetch(s.url + path)
      assert.equal(r.status, 200, path)
      assert.match(await r.text(), /<div id="root">/)
    }
  })

  test("hashed assets: right types, cached for good, conditional requests answered with 304", async () => {
    const assets = readdirSync(join(ADMIN_PAGE_DIR, "assets"))
    const js = assets.find((f) => f.endsWith(".js"))!
    const css = assets.find((f) => f.endsWith(".css"))!
    const script = await fetch(`${s.url}/app/assets/${js}`)
    assert.equal(script.status, 200)
    assert.match(script.headers.get("content-type")!, /^(application|text)\/javascript/)
    assert.equal(script.headers.get("cache-control"), "public, max-age=31536000, immutable")
    assert.ok((await script.text()).length > 10_000)
    const style = await fetch(`${s.url}/app/assets/${css}`)
    assert.match(style.headers.get("content-type")!, /^text\/css/)
    // (fetch would add cache-control: no-cache to a conditional request)
    const status = await new Promise<number | undefined>((resolve, reject) => {
      get(`${s.url}/app/assets/${css}`, { headers: { "if-none-match": style.headers.get("etag")! } }, (res) => {
        res.resume()
        resolve(res.statusCode)
      }).on("error", reject)
    })
    assert.equal(status, 304)
  })

  test("a missing file is a 404, never the page; no way out of the build folder", async () => {
    const missing = await fetch(`${s.url}/app/assets/nope.js`)
    assert.equal(missing.status, 404)
    assert.deepEqual(await missing.json(), { type: "not_found", message: "Cannot GET /app/assets/nope.js" })
    for (const path of [
      "/app/%2e%2e/package.json",
      "/app/..%2f..%2fpackage.json",
      "/app/assets/%2e%2e/%2e%2e/%2e%2e/package.json",
    ]) {
      const r = await fetch(s.url + path)
      assert.ok([403, 404].includes(r.status), `${path} → ${r.status}`)
      assert.doesNotMatch(await r.text(), /"name": ?"salesgraph"/)
    }
  })

  test("the API around it is untouched: /admin needs a token, /store a key, unknown paths 404", async () => {
    assert.equal((await s.request("GET", "/admin/sales-channels", { token: null })).status, 401)
    assert.equal((await s.request("GET", "/admin/sales-channels")).status, 200)
    assert.equal((await s.request("GET", "/store/products", { token: null })).status, 400)
    assert.equal((await s.request("GET", "/application")).status, 404)
    assert.equal((await s.request("POST", "/app/", { body: {} })).status, 404)
  })
})

describe("admin page without a build", () => {
  const empty = mkdtempSync(join(tmpdir(), "salesgraph-no-admin-ui-"))
  after(() => rmSync(empty, { recursive: true, force: true }))

  test("a clear 404 that says how to build it, for the page and its routes", async () => {
    const server = Fastify()
    await server.register(adminPage({ root: empty }), { prefix: "/app" })
    for (const url of ["/app", "/app/", "/app/channels/sc_1"]) {
      const r = await server.inject({ method: "GET", url })
      assert.equal(r.statusCode, 404, url)
      assert.deepEqual(r.json(), {
        type: "not_found",
        message: "The admin page is not built: run `npm run build` (it builds admin-ui/ into dist/admin-ui/).",
      })
    }
    assert.equal((await server.inject({ method: "GET", url: "/app/assets/index.js" })).statusCode, 404)
    await server.close()
  })
})
