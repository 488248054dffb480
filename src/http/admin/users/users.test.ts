import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { SignJWT } from "jose"
import type { PendingEvent } from "../../../framework/events/index.js"
import { ADMIN, testServer, type TestServer } from "../../../test-support/http.js"
import { createUserAccountWorkflow } from "../../../workflows/user/create-user-account.js"
import { signToken } from "../../auth/jwt.js"
import { jwtSecretOf } from "../../../test-support/tokens.js"
import { paging } from "../../../test-support/response-keys.js"
import { assertRefused } from "../../../test-support/refusals.js"
import { assertDeletes } from "../../../test-support/admin-requests.js"

const USER_KEYS = [
  "avatar_url",
  "created_at",
  "deleted_at",
  "email",
  "first_name",
  "id",
  "last_name",
  "metadata",
  "updated_at",
]
const UNAUTHORIZED = { message: "Unauthorized" }
const basic = (token: string) => ({ authorization: `Basic ${Buffer.from(`${token}:`).toString("base64")}` })

describe("admin users", () => {
  let s: TestServer
  let me: { id: string; email: string }
  const events: PendingEvent[] = []
  before(async () => {
    s = await testServer()
    me = (await s.request("GET", "/admin/users/me")).body.user
    s.app.core.onCommitted.add((batch) => events.push(...batch))
  })
  after(() => s.close())

  /** A second user with a login of its own. */
  async function colleague(email: string) {
    const user = await createUserAccountWorkflow(s.app.container, {
      email,
      password: "pw-123456",
      first_name: "Co",
      last_name: "Worker",
    })
    const login = await s.request("POST", "/auth/user/emailpass", {
      body: { email, password: "pw-123456" },
      token: null,
    })
    assert.equal(login.status, 200)
    return { id: user.id as string, token: login.body.token as string }
  }

  test("me, retrieve and list in Medusa's shape", async () => {
    assert.deepEqual(Object.keys(me).sort(), USER_KEYS)
    assert.equal(me.email, ADMIN.email)
    const got = await s.request("GET", `/admin/users/${me.id}`)
    assert.deepEqual(got.body.user, me)
    const other = await colleague("list.me@example.com")
    const listed = await s.request("GET", "/admin/users")
    assert.deepEqual(paging(listed.body), { count: 2, offset: 0, limit: 50 })
    const byQ = await s.request("GET", "/admin/users?q=LIST.ME&fields=email")
    assert.deepEqual(byQ.body.users, [{ id: other.id, email: "list.me@example.com" }])
    const byEmail = await s.request("GET", `/admin/users?email=${encodeURIComponent(ADMIN.email)}&fields=id`)
    assert.deepEqual(byEmail.body.users, [{ id: me.id }])
    const byName = await s.request("GET", "/admin/users?first_name=Co&last_name=Worker&fields=id")
    assert.deepEqual(byName.body.users, [{ id: other.id }])
    // a query-string "null" is null, as in Medusa: the admin has no first name
    assert.deepEqual((await s.request("GET", "/admin/users?first_name=null&fields=id")).body.users, [{ id: me.id }])
    const paged = await s.request("GET", "/admin/users?limit=1&offset=1&order=created_at&fields=id")
    assert.deepEqual(paged.body, { users: [{ id: other.id }], count: 2, offset: 1, limit: 1 })
    const meFields = await s.request("GET", "/admin/users/me?fields=email")
    assert.deepEqual(meFields.body.user, { id: me.id, email: ADMIN.email })
    // Medusa's *roles (RBAC) and misspelt fields are left out, not refused
    assert.deepEqual((await s.request("GET", "/admin/users/me?fields=+*roles")).body.user, me)
    assert.deepEqual((await s.request("GET", "/admin/users?fields=emial&limit=1")).body.users, [{ id: me.id }])

    const missing = await s.request("GET", "/admin/users/user_missing")
    assert.equal(missing.status, 404)
    assert.deepEqual(missing.body, { type: "not_found", message: "User with id: user_missing was not found" })
    const strict = await s.request("GET", "/admin/users?foo=1")
    assert.deepEqual(strict.body, { type: "invalid_data", message: "Invalid request: Unrecognized fields: 'foo'" })
  })

  test("update: strings verbatim, metadata merged, email not updatable, 404", async () => {
    events.length = 0
    const r = await s.request("POST", `/admin/users/${me.id}`, {
      body: { first_name: "  Ada ", last_name: null, avatar_url: "https://x/y.png", metadata: { a: 1, b: 2 } },
    })
    assert.equal(r.status, 200)
    assert.deepEqual(Object.keys(r.body.user).sort(), USER_KEYS)
    assert.equal(r.body.user.first_name, "  Ada ")
    assert.equal(r.body.user.last_name, null)
    assert.equal(r.body.user.avatar_url, "https://x/y.png")
    assert.deepEqual(
      events.map((e) => e.name),
      ["user.updated"],
    )
    const merged = await s.request("POST", `/admin/users/${me.id}?fields=metadata`, {
      body: { metadata: { a: "", c: 3 } },
    })
    assert.deepEqual(merged.body.user, { id: me.id, metadata: { b: 2, c: 3 } })

    const email = await s.request("POST", `/admin/users/${me.id}`, { body: { email: "new@example.com" } })
    assert.deepEqual(email.body, { type: "invalid_data", message: "Invalid request: Unrecognized fields: 'email'" })
    const badType = await s.request("POST", `/admin/users/${me.id}`, { body: { first_name: 1 } })
    assertRefused(badType, 400, "Invalid request: Expected type: 'string' for field 'first_name', got: '1'", "badType")
    const listBody = await s.request("POST", `/admin/users/${me.id}`, { body: [{ first_name: "x" }] })
    assert.deepEqual(listBody.body, { type: "invalid_data", message: "Invalid request: Field '' is required" })
    const missing = await s.request("POST", "/admin/users/user_missing", { body: { first_name: "x" } })
    assert.equal(missing.status, 404)
    assert.deepEqual(missing.body, { type: "not_found", message: 'User with id "user_missing" not found' })
    assert.equal((await s.request("GET", `/admin/users/${me.id}?fields=first_name`)).body.user.first_name, "  Ada ")
  })

  test("delete: not oneself; the user, its login and its tokens go at once", async () => {
    const self = await s.request("DELETE", `/admin/users/${me.id}`)
    assert.equal(self.status, 400)
    assert.deepEqual(self.body, { type: "not_allowed", message: "A user cannot delete itself" })

    const other = await colleague("leaving@example.com")
    // the token works, and the gate has cached that the user exists
    assert.equal((await s.request("GET", "/admin/users/me", { token: other.token })).status, 200)
    assert.equal((await s.request("GET", "/admin/regions", { token: other.token })).status, 200)
    await assertDeletes(s, events, `/admin/users/${other.id}`, "user", other.id)
    // refused at once (Medusa itself would still accept it until it expires)
    for (const path of ["/admin/users/me", "/admin/regions"]) {
      const r = await s.request("GET", path, { token: other.token })
      assert.equal(r.status, 401, path)
      assert.deepEqual(r.body, UNAUTHORIZED)
    }
    assert.equal((await s.request("GET", `/admin/users/${other.id}`)).status, 404)
    const login = await s.request("POST", "/auth/user/emailpass", {
      body: { email: "leaving@example.com", password: "pw-123456" },
      token: null,
    })
    assert.deepEqual(login.body, { type: "unauthorized", message: "Invalid email or password" })
    // the email can be registered again
    const again = await colleague("leaving@example.com")
    assert.notEqual(again.id, other.id)
    const unknown = await s.request("DELETE", "/admin/users/user_missing")
    assert.deepEqual(unknown.body, { id: "user_missing", object: "user", deleted: true })
  })

  test("a secret key is no user: /users/me answers 404 as Medusa", async () => {
    const key = (await s.request("POST", "/admin/api-keys", { body: { title: "backend", type: "secret" } })).body
      .api_key
    const r = await s.request("GET", "/admin/users/me", { token: null, headers: basic(key.token) })
    assert.equal(r.status, 404)
    assert.deepEqual(r.body, { type: "not_found", message: `User with id: ${key.id} was not found` })
    assert.equal((await s.request("GET", "/admin/users", { token: null, headers: basic(key.token) })).status, 200)
  })
})

describe("admin auth boundaries on regions, stores, orders, users, payment providers", () => {
  let s: TestServer
  let userId: string
  before(async () => {
    s = await testServer()
    userId = (await s.request("GET", "/admin/users/me")).body.user.id
  })
  after(() => s.close())

  const routes: [string, string, unknown?][] = [
    ["GET", "/admin/regions"],
    ["POST", "/admin/regions", { name: "x", currency_code: "eur" }],
    ["GET", "/admin/regions/reg_1"],
    ["POST", "/admin/regions/reg_1", { name: "x" }],
    ["DELETE", "/admin/regions/reg_1"],
    ["GET", "/admin/payments/payment-providers"],
    ["GET", "/admin/stores"],
    ["GET", "/admin/stores/store_1"],
    ["POST", "/admin/stores/store_1", { name: "x" }],
    ["GET", "/admin/orders"],
    ["GET", "/admin/orders/order_1"],
    ["GET", "/admin/users"],
    ["GET", "/admin/users/me"],
    ["GET", "/admin/users/user_1"],
    ["POST", "/admin/users/user_1", { first_name: "x" }],
    ["DELETE", "/admin/users/user_1"],
  ]

  async function expectRefused(headers: Record<string, string>, key?: string) {
    for (const [method, path, body] of routes) {
      const r = await s.request(method, path, { body, token: null, headers, key })
      assert.equal(r.status, 401, `${method} ${path}`)
      assert.deepEqual(r.body, UNAUTHORIZED, `${method} ${path}`)
    }
  }

  test("no credentials → 401 on every route", async () => {
    await expectRefused({})
  })

  test("a publishable key never opens /admin", async () => {
    await expectRefused({}, s.publishableKey)
    await expectRefused({ authorization: `Bearer ${s.publishableKey}` })
  })

  test("JWTs: wrong secret, expired, not a user, garbage → 401; a valid one we did not issue → 200", async () => {
    const claims = { actor_id: userId, actor_type: "user", auth_identity_id: "authid_x" }
    const secret = await jwtSecretOf(s.app)
    const wrongSecret = await signToken(claims, "not-the-secret", "1h")
    await expectRefused({ authorization: `Bearer ${wrongSecret}` })
    const now = Math.floor(Date.now() / 1000)
    const expired = await new SignJWT(claims)
      .setProtectedHeader({ alg: "HS256", typ: "JWT" })
      .setIssuedAt(now - 7200)
      .setExpirationTime(now - 3600)
      .sign(new TextEncoder().encode(secret))
    await expectRefused({ authorization: `Bearer ${expired}` })
    const customer = await signToken({ ...claims, actor_type: "customer" }, secret, "1h")
    await expectRefused({ authorization: `Bearer ${customer}` })
    const noActor = await signToken({ ...claims, actor_id: "" }, secret, "1h")
    await expectRefused({ authorization: `Bearer ${noActor}` })
    await expectRefused({ authorization: "Bearer not.a.jwt" })

    const ours = await signToken(claims, secret, "1h")
    const ok = await s.request("GET", "/admin/users/me", { token: ours })
    assert.equal(ok.status, 200)
    assert.equal(ok.body.user.id, userId)
  })
})
