import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { testServer, type TestServer } from "../test-support/http.js"

const ORIGIN = "https://shop.example.com"

/**
 * The preflights a browser sends before the SDK's cross-origin calls, checked header by header
 * (the Chromium suite shows the browser accepting them; this one pins what the server answers,
 * as Medusa's cors middleware does: the origin and the requested headers reflected, credentials).
 */
describe("CORS preflights for SDK calls from another origin", () => {
  let s: TestServer
  before(async () => {
    // a storefront and a dashboard on their own origin, listed as production would list them
    s = await testServer({ storeCors: ORIGIN, adminCors: ORIGIN, authCors: ORIGIN })
  })
  after(() => s.close())

  const preflight = (path: string, method: string, headers: string) =>
    fetch(s.url + path, {
      method: "OPTIONS",
      headers: { origin: ORIGIN, "access-control-request-method": method, "access-control-request-headers": headers },
    })

  const cases: [string, string, string][] = [
    // what the SDK sends: content-type and accept always, the key when configured, its locale header
    ["/store/products", "GET", "content-type,x-medusa-locale,x-publishable-api-key"],
    ["/store/carts/cart_1/line-items/cali_1", "DELETE", "content-type,x-medusa-locale,x-publishable-api-key"],
    ["/store/carts/cart_1/complete", "POST", "content-type,x-publishable-api-key"],
    ["/admin/api-keys/apk_1", "DELETE", "authorization,content-type,x-publishable-api-key"],
    ["/admin/sales-channels", "POST", "authorization,content-type"],
    ["/auth/session", "DELETE", "content-type,x-medusa-locale"],
    ["/auth/user/emailpass", "POST", "content-type"],
  ]
  for (const [path, method, headers] of cases) {
    test(`${method} ${path} with ${headers}: allowed, credentials included, before any auth or key check`, async () => {
      const r = await preflight(path, method, headers)
      assert.equal(r.status, 204)
      assert.equal(r.headers.get("access-control-allow-origin"), ORIGIN)
      assert.equal(r.headers.get("access-control-allow-credentials"), "true")
      assert.ok(
        r.headers
          .get("access-control-allow-methods")!
          .split(/\s*,\s*/)
          .includes(method),
        r.headers.get("access-control-allow-methods")!,
      )
      assert.equal(r.headers.get("access-control-allow-headers"), headers)
      assert.match(r.headers.get("vary") ?? "", /Origin/)
    })
  }

  test("actual responses, errors included, carry the origin and credentials so the app can read them", async () => {
    const ok = await fetch(`${s.url}/store/regions`, {
      headers: { origin: ORIGIN, "x-publishable-api-key": s.publishableKey },
    })
    assert.equal(ok.status, 200)
    assert.equal(ok.headers.get("access-control-allow-origin"), ORIGIN)
    assert.equal(ok.headers.get("access-control-allow-credentials"), "true")

    const noKey = await fetch(`${s.url}/store/regions`, { headers: { origin: ORIGIN } })
    assert.equal(noKey.status, 400)
    assert.equal(noKey.headers.get("access-control-allow-origin"), ORIGIN)
    const noAuth = await fetch(`${s.url}/admin/sales-channels/sc_1`, { method: "DELETE", headers: { origin: ORIGIN } })
    assert.equal(noAuth.status, 401)
    assert.equal(noAuth.headers.get("access-control-allow-origin"), ORIGIN)
    assert.deepEqual(await noAuth.json(), { message: "Unauthorized" })
  })
})
