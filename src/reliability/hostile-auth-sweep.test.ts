import assert from "node:assert/strict"
import { createHmac, randomBytes } from "node:crypto"
import { before, describe, test } from "node:test"
import { signToken } from "../http/auth/jwt.js"
import { signUp } from "../http/store/customers/test-support/customer-test-helpers.js"
import { ADMIN } from "../test-support/http.js"
import { jwtSecretOf } from "../test-support/tokens.js"
import { serverSuite } from "../test-support/server-suite.js"

/**
 * Issue 11's sweep, over HTTP on a server with the defaults a fresh `npm start` has (no
 * JWT_SECRET, no CORS lists): no forged token opens anything or writes anything, a session
 * ends with logout, and no page on a foreign origin may read a credentialed answer.
 */

const b64url = (v: object) => Buffer.from(JSON.stringify(v)).toString("base64url")
const hs256 = (payload: object, key: string | Buffer) => {
  const input = `${b64url({ alg: "HS256", typ: "JWT" })}.${b64url(payload)}`
  return `${input}.${createHmac("sha256", key).update(input).digest("base64url")}`
}
const CORS_HEADERS = [
  "access-control-allow-origin",
  "access-control-allow-credentials",
  "access-control-allow-methods",
  "access-control-allow-headers",
]
const corsOf = (h: Headers) => CORS_HEADERS.filter((n) => h.has(n))
const FOREIGN = ["https://evil.example", "null", "http://localhost.evil.example", "https://127.0.0.1.evil.example"]

describe("hostile-request sweep: tokens, sessions, origins", () => {
  const { s } = serverSuite()
  let adminClaims: Record<string, unknown>
  let customer: { id: string; token: string }
  before(async () => {
    adminClaims = JSON.parse(Buffer.from(s.adminToken.split(".")[1], "base64url").toString())
    customer = await signUp(s, "sweep-shopper@salesgraph.test")
  })

  async function forgedTokens(): Promise<Record<string, string>> {
    const now = Math.floor(Date.now() / 1000)
    const live = { ...adminClaims, iat: now, exp: now + 3600 }
    const ours = await jwtSecretOf(s.app)
    return {
      "signed with supersecret (the old public default)": hs256(live, "supersecret"),
      "signed with a random key": hs256(live, randomBytes(48)),
      "alg none": `${b64url({ alg: "none", typ: "JWT" })}.${b64url(live)}.`,
      "expired (our secret)": hs256({ ...live, iat: now - 7200, exp: now - 3600 }, ours),
      "another actor type (a customer's, our secret)": await signToken(
        { ...(adminClaims as object), actor_type: "customer" } as never,
        ours,
        "1h",
      ),
      "a real customer's token": customer.token,
    }
  }

  test("no forged token reads, writes or opens a session, by Bearer or by cookie; nothing changed", async () => {
    const channelsBefore = (await s.request("GET", "/admin/sales-channels?fields=id")).body.count
    const keyId = s.defaults.publishable_key!.id
    for (const [name, token] of Object.entries(await forgedTokens())) {
      for (const how of [
        { token },
        { token: null, headers: { cookie: `salesgraph.sid=${encodeURIComponent(token)}` } },
      ]) {
        const label = `${name} via ${how.token ? "Bearer" : "cookie"}`
        const attempts = [
          await s.request("GET", "/admin/users/me", how),
          await s.request("POST", "/admin/sales-channels", { ...how, body: { name: `forged ${name}` } }),
          await s.request("POST", `/admin/api-keys/${keyId}/revoke`, { ...how, body: {} }),
        ]
        for (const r of attempts) assert.deepEqual([r.status, r.body], [401, { message: "Unauthorized" }], label)
      }
      // the last two are ours and valid, only for another actor: /auth and /store may take them
      if (name.includes("customer")) continue
      assert.equal((await s.request("POST", "/auth/session", { token })).status, 401, `${name} opened a session`)
      assert.equal((await s.request("POST", "/auth/token/refresh", { token })).status, 401, `${name} was refreshed`)
      const store = await s.request("GET", "/store/customers/me", { token, key: s.publishableKey })
      assert.equal(store.status, 401, `${name} on /store/customers/me`)
    }
    assert.equal((await s.request("GET", "/admin/sales-channels?fields=id")).body.count, channelsBefore)
    const key = await s.request("GET", `/admin/api-keys/${keyId}?fields=revoked_at`)
    assert.equal(key.body.api_key.revoked_at, null)
  })

  test("a session cookie revoked by logout is refused everywhere it used to work", async () => {
    for (const [actor, token, path] of [
      ["user", s.adminToken, "/admin/users/me"],
      ["customer", customer.token, "/store/customers/me"],
    ] as const) {
      const cookie = (await s.request("POST", "/auth/session", { token })).headers.get("set-cookie")!.split(";")[0]
      const read = () => s.request("GET", path, { token: null, headers: { cookie }, key: s.publishableKey })
      assert.equal((await read()).status, 200, `${actor}: the control`)
      assert.equal((await s.request("DELETE", "/auth/session", { token: null, headers: { cookie } })).status, 200)
      assert.equal((await read()).status, 401, `${actor}: after logout`)
      assert.equal((await s.request("POST", "/auth/token/refresh", { token: null, headers: { cookie } })).status, 401)
    }
  })

  test("a credentialed read from a foreign origin carries no CORS header, so the browser keeps it from the page", async () => {
    const userCookie = (await s.request("POST", "/auth/session")).headers.get("set-cookie")!.split(";")[0]
    const customerCookie = (await s.request("POST", "/auth/session", { token: customer.token })).headers
      .get("set-cookie")!
      .split(";")[0]
    for (const origin of FOREIGN) {
      for (const [path, cookie] of [
        ["/admin/users/me", userCookie],
        ["/admin/api-keys?fields=id,token", userCookie],
        ["/auth/session", userCookie],
        ["/store/customers/me", customerCookie],
      ]) {
        const r = await s.request("GET", path, { token: null, headers: { cookie, origin }, key: s.publishableKey })
        assert.equal(r.status, 200, `${path}: the cookie itself is good`)
        assert.deepEqual(corsOf(r.headers), [], `${path} from ${origin}`)
      }
    }
  })

  test("preflights: allowed local origins pass without a publishable key or token, foreign ones get nothing", async () => {
    const paths = [
      "GET /store/products",
      "DELETE /store/carts/cart_1/line-items/li_1",
      "POST /admin/sales-channels",
      "DELETE /admin/api-keys/apk_1",
      "POST /auth/session",
      "POST /auth/user/emailpass",
    ].map((route) => route.split(" "))
    for (const [method, path] of paths) {
      for (const origin of ["http://localhost:8000", "http://127.0.0.1:8502", ...FOREIGN]) {
        const r = await fetch(s.url + path, {
          method: "OPTIONS",
          headers: {
            origin,
            "access-control-request-method": method,
            "access-control-request-headers": "authorization,content-type,x-publishable-api-key",
          },
        })
        assert.equal(r.status, 204, `${method} ${path} from ${origin}`)
        if (FOREIGN.includes(origin)) {
          assert.deepEqual(corsOf(r.headers), [], `${method} ${path} from ${origin}`)
        } else {
          assert.equal(r.headers.get("access-control-allow-origin"), origin)
          assert.equal(r.headers.get("access-control-allow-credentials"), "true")
          assert.ok(r.headers.get("access-control-allow-methods")!.split(",").includes(method))
        }
      }
    }
  })

  test("the control: the admin's own credentials still work", async () => {
    const login = await s.request("POST", "/auth/user/emailpass", { body: ADMIN, token: null })
    assert.equal((await s.request("GET", "/admin/users/me", { token: login.body.token })).status, 200)
  })
})
