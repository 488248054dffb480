import assert from "node:assert/strict"
import { createHash } from "node:crypto"
import { after, before, describe, test } from "node:test"
import { createUserAccountWorkflow } from "../../workflows/user/create-user-account.js"
import { testServer, type TestServer } from "../../test-support/http.js"
import { signUp } from "../store/customers/test-support/customer-test-helpers.js"
import { serverSuite } from "../../test-support/server-suite.js"

const UNAUTHORIZED = [401, { message: "Unauthorized" }]

describe("server-side sessions (salesgraph.sid)", () => {
  const { s } = serverSuite()

  /** POST /auth/session with a Bearer token: the cookie pair to send back, and the raw Set-Cookie */
  async function openSession(token: string, headers: Record<string, string> = {}) {
    const r = await s.request("POST", "/auth/session", { token, headers })
    assert.equal(r.status, 200, JSON.stringify(r.body))
    const setCookie = r.headers.get("set-cookie")!
    return { cookie: setCookie.split(";")[0], setCookie }
  }
  const withCookie = (cookie: string) => ({ token: null, headers: { cookie } })

  test("the cookie is an opaque signed id, HttpOnly, SameSite=Lax, living SESSION_EXPIRES_IN; only its hash is stored", async () => {
    const { cookie, setCookie } = await openSession(s.adminToken)
    const value = decodeURIComponent(cookie.slice("salesgraph.sid=".length))
    assert.equal(value.split(".").length, 2, "an id and its signature, not a JWT")
    assert.doesNotMatch(value, /^eyJ/)
    assert.match(setCookie, /; Path=\/; Max-Age=36000; Expires=[^;]+; HttpOnly; SameSite=Lax$/)
    assert.doesNotMatch(setCookie, /Secure/, "plain HTTP, no proxy trusted")
    const { rows } = await s.app.core.pool.query("SELECT token_hash FROM auth_session")
    const id = value.split(".")[0]
    assert.ok(rows.some((r) => r.token_hash === createHash("sha256").update(id).digest("hex")))
    assert.ok(!JSON.stringify(rows).includes(id), "the id itself is not stored")
  })

  test("GET /auth/session shows the current session; admin routes take the cookie alone", async () => {
    const { cookie } = await openSession(s.adminToken)
    const shown = await s.request("GET", "/auth/session", withCookie(cookie))
    assert.equal(shown.status, 200)
    assert.equal(shown.body.user.actor_type, "user")
    assert.match(shown.body.session.id, /^authsess_/)
    assert.ok(Date.parse(shown.body.session.expires_at) > Date.now())
    assert.equal(shown.body.user.exp, undefined, "the session outlives no token claim of its own")
    assert.equal((await s.request("GET", "/admin/users/me", withCookie(cookie))).status, 200)
    assert.deepEqual(
      Object.values(await s.request("GET", "/auth/session", { token: s.adminToken })).slice(0, 2),
      UNAUTHORIZED,
      "a Bearer token is no session",
    )
  })

  test("logout revokes the session: the same cookie, sent again, opens nothing", async () => {
    const { cookie } = await openSession(s.adminToken)
    const logout = await s.request("DELETE", "/auth/session", withCookie(cookie))
    assert.deepEqual([logout.status, logout.body], [200, { success: true }])
    assert.match(logout.headers.get("set-cookie")!, /salesgraph\.sid=; Path=\/; Max-Age=0; HttpOnly; SameSite=Lax/)
    for (const [method, path] of [
      ["GET", "/admin/users/me"],
      ["GET", "/auth/session"],
      ["DELETE", "/auth/session"],
      ["POST", "/auth/token/refresh"],
    ]) {
      const r = await s.request(method, path, withCookie(cookie))
      assert.deepEqual([r.status, r.body], UNAUTHORIZED, `${method} ${path}`)
    }
    assert.equal(
      (await s.request("GET", "/admin/users/me")).status,
      200,
      "the Bearer token is not a session and keeps working",
    )
  })

  test("deleting a user revokes their sessions", async () => {
    const user = await createUserAccountWorkflow(s.app.container, {
      email: "leaving@salesgraph.test",
      password: "leaving-pw",
    })
    const token = (
      await s.request("POST", "/auth/user/emailpass", {
        body: { email: "leaving@salesgraph.test", password: "leaving-pw" },
        token: null,
      })
    ).body.token
    const { cookie } = await openSession(token)
    assert.equal((await s.request("GET", "/admin/users/me", withCookie(cookie))).status, 200)
    assert.equal((await s.request("DELETE", `/admin/users/${user.id}`)).status, 200)
    assert.deepEqual(
      Object.values(await s.request("GET", "/auth/session", withCookie(cookie))).slice(0, 2),
      UNAUTHORIZED,
    )
    const { rows } = await s.app.core.pool.query(
      "SELECT count(*)::int AS live FROM auth_session WHERE actor_id = $1 AND deleted_at IS NULL",
      [user.id],
    )
    assert.equal(rows[0].live, 0)
  })

  test("a customer's session works on /store the same way, and ends with logout", async () => {
    const customer = await signUp(s, "session-shopper@salesgraph.test")
    const { cookie } = await openSession(customer.token)
    const me = await s.request("GET", "/store/customers/me", { ...withCookie(cookie), key: s.publishableKey })
    assert.equal(me.body.customer?.id, customer.id)
    assert.equal(
      (await s.request("GET", "/admin/users/me", withCookie(cookie))).status,
      401,
      "a customer's session never opens /admin",
    )
    assert.equal((await s.request("DELETE", "/auth/session", withCookie(cookie))).status, 200)
    assert.equal(
      (await s.request("GET", "/store/customers/me", { ...withCookie(cookie), key: s.publishableKey })).status,
      401,
    )
  })

  test("a forged or tampered cookie opens nothing", async () => {
    const { cookie } = await openSession(s.adminToken)
    const [id, sig] = decodeURIComponent(cookie.slice("salesgraph.sid=".length)).split(".")
    for (const forged of [`${id}.${sig.slice(0, -2)}AA`, `${id}x.${sig}`, id, `.${sig}`, s.adminToken, "%E0%A4%A"]) {
      const r = await s.request("GET", "/admin/users/me", withCookie(`salesgraph.sid=${forged}`))
      assert.deepEqual([r.status, r.body], UNAUTHORIZED, forged)
    }
  })
})

describe("the session cookie behind a proxy (TRUST_PROXY)", () => {
  let trusting: TestServer
  let direct: TestServer
  before(async () => {
    ;[trusting, direct] = await Promise.all([testServer({ trustProxy: "true" }), testServer()])
  })
  after(async () => {
    await trusting.close()
    await direct.close()
  })

  const setCookieOf = async (s: TestServer, proto?: string) =>
    (await s.request("POST", "/auth/session", { headers: proto ? { "x-forwarded-proto": proto } : {} })).headers.get(
      "set-cookie",
    )!

  test("Secure when the proxy says the request came over HTTPS, and only when the proxy is trusted", async () => {
    assert.match(await setCookieOf(trusting, "https"), /; Secure$/)
    assert.doesNotMatch(await setCookieOf(trusting, "http"), /Secure/)
    assert.doesNotMatch(await setCookieOf(trusting), /Secure/)
    assert.doesNotMatch(await setCookieOf(direct, "https"), /Secure/, "a client cannot claim HTTPS itself")
  })
})
