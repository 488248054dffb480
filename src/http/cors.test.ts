import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { testServer, type TestServer } from "../test-support/http.js"
import { LOCAL_ORIGINS, originAllowed, parseCorsOrigins } from "./cors-origins.js"
import { serverSuite } from "../test-support/server-suite.js"

const CORS_HEADERS = [
  "access-control-allow-origin",
  "access-control-allow-credentials",
  "access-control-allow-methods",
  "access-control-allow-headers",
  "access-control-expose-headers",
]
const corsHeadersOf = (h: Headers) => CORS_HEADERS.filter((n) => h.has(n))

describe("parseCorsOrigins (Medusa's)", () => {
  test("origins and /regex/ entries; regexes unanchored, g and y dropped", () => {
    const list = parseCorsOrigins("http://localhost:8000,/vercel\\.app$/,/^https:\\/\\/SHOP\\./i,#broken(#")
    assert.equal(list[0], "http://localhost:8000")
    assert.ok(list[1] instanceof RegExp && list[2] instanceof RegExp)
    assert.equal(list[3], "#broken(#", "an invalid regex stays a plain origin")
    assert.ok(originAllowed("https://preview-1.vercel.app", list))
    assert.ok(originAllowed("https://shop.example.com", list))
    assert.ok(!originAllowed("https://vercel.app.evil.com", list))
    assert.ok(!originAllowed("http://localhost:8001", list))
    const sticky = parseCorsOrigins("/example/g")[0] as RegExp
    assert.equal(sticky.flags, "")
    assert.deepEqual(parseCorsOrigins(""), [])
  })

  test("the default lets only this machine's browsers in (Medusa's storefront e2e origins included)", () => {
    for (const ok of ["http://localhost:8000", "http://127.0.0.1:8520", "http://localhost", "http://127.0.0.1:5173"])
      assert.ok(originAllowed(ok, LOCAL_ORIGINS), ok)
    for (const no of [
      "https://localhost.evil.com",
      "http://localhost.evil.com",
      "http://127.0.0.1.nip.io",
      "null",
      "http://10.0.0.1:8000",
      "http://localhost:8000/x",
    ]) {
      assert.ok(!originAllowed(no, LOCAL_ORIGINS), no)
    }
  })
})

describe("CORS over HTTP: STORE_CORS, ADMIN_CORS, AUTH_CORS", () => {
  const STORE = "https://shop.example.com"
  const ADMIN = "https://admin.example.com"
  let s: TestServer
  before(async () => {
    s = await testServer({
      storeCors: `${STORE},/preview-\\d+\\.example\\.net$/`,
      adminCors: ADMIN,
      authCors: `${STORE},${ADMIN}`,
    })
  })
  after(() => s.close())

  const preflight = (path: string, origin: string, method = "GET") =>
    fetch(s.url + path, {
      method: "OPTIONS",
      headers: {
        origin,
        "access-control-request-method": method,
        "access-control-request-headers": "authorization,x-publishable-api-key",
      },
    })

  test("each prefix answers its own list: allowed origins get the origin and credentials back", async () => {
    const allowed: [string, string][] = [
      ["/store/products", STORE],
      ["/store/products", "https://preview-42.example.net"],
      ["/admin/products", ADMIN],
      ["/auth/session", STORE],
      ["/auth/session", ADMIN],
    ]
    for (const [path, origin] of allowed) {
      const r = await preflight(path, origin)
      assert.equal(r.status, 204)
      assert.equal(r.headers.get("access-control-allow-origin"), origin, `${path} from ${origin}`)
      assert.equal(r.headers.get("access-control-allow-credentials"), "true")
      assert.equal(r.headers.get("access-control-allow-headers"), "authorization,x-publishable-api-key")
      assert.match(r.headers.get("vary") ?? "", /Origin/)
    }
    const read = await s.request("GET", "/admin/users/me", { headers: { origin: ADMIN } })
    assert.equal(read.status, 200)
    assert.equal(read.headers.get("access-control-allow-origin"), ADMIN)
    assert.equal(read.headers.get("access-control-expose-headers"), "x-request-id,etag")
  })

  test("an origin outside the prefix's list gets no CORS header at all, preflight or not", async () => {
    const refused: [string, string][] = [
      ["/admin/products", STORE],
      ["/store/products", ADMIN],
      ["/admin/products", "http://localhost:3000"],
      ["/store/products", "https://preview-42.example.net.evil.com"],
      ["/auth/user/emailpass", "https://evil.example"],
    ]
    for (const [path, origin] of refused) {
      const r = await preflight(path, origin, "POST")
      assert.deepEqual([r.status, corsHeadersOf(r.headers)], [204, []], `${path} from ${origin}`)
    }
    // the request itself is answered (CORS is the browser's to enforce) but carries nothing that lets a page read it
    const read = await s.request("GET", "/admin/users/me", { headers: { origin: STORE } })
    assert.equal(read.status, 200)
    assert.deepEqual(corsHeadersOf(read.headers), [])
  })

  test("/openapi.json is public: any origin, never credentials; /health and /app are same-origin only", async () => {
    const spec = await fetch(s.url + "/openapi.json", { headers: { origin: "https://editor.swagger.io" } })
    assert.equal(spec.headers.get("access-control-allow-origin"), "*")
    assert.equal(spec.headers.get("access-control-allow-credentials"), null)
    for (const path of ["/health", "/ready", "/app"]) {
      const r = await fetch(s.url + path, { headers: { origin: STORE } })
      assert.deepEqual(corsHeadersOf(r.headers), [], path)
    }
  })

  test("no Origin, no CORS headers (a server-side client)", async () => {
    const r = await s.request("GET", "/store/products", { key: s.publishableKey })
    assert.equal(r.status, 200)
    assert.deepEqual(corsHeadersOf(r.headers), [])
  })
})

describe("CORS defaults: localhost only", () => {
  const { s } = serverSuite()

  test("a local storefront or dashboard passes, any other origin gets nothing", async () => {
    for (const origin of ["http://localhost:8000", "http://127.0.0.1:8520", "http://localhost:9000"]) {
      for (const path of ["/store/products", "/admin/products", "/auth/session"]) {
        const r = await fetch(s.url + path, {
          method: "OPTIONS",
          headers: { origin, "access-control-request-method": "GET" },
        })
        assert.equal(r.headers.get("access-control-allow-origin"), origin, `${path} from ${origin}`)
      }
    }
    const r = await fetch(s.url + "/store/products", {
      method: "OPTIONS",
      headers: { origin: "https://shop.example.com", "access-control-request-method": "GET" },
    })
    assert.deepEqual(corsHeadersOf(r.headers), [])
  })
})
