import assert from "node:assert/strict"
import crypto, { createHmac } from "node:crypto"
import { syncBuiltinESMExports } from "node:module"
import type { AddressInfo } from "node:net"
import { after, before, describe, mock, test } from "node:test"
import { signToken } from "../http/auth/jwt.js"
import { jwtSecretOf } from "../test-support/tokens.js"
import { buildServer, serverLogger } from "../http/server.js"
import { testApp, type TestApp } from "../test-support/app.js"
import { ADMIN } from "../test-support/http.js"
import { createDefaultsWorkflow } from "../workflows/defaults/create-defaults.js"
import { createUserAccountWorkflow } from "../workflows/user/create-user-account.js"

/**
 * Auth boundaries on a real server whose pino log (level trace) is captured: which credential
 * opens which door, that revocation and deletion stop credentials at once (also for a request
 * that was resolving the credential when it was revoked), that forged tokens are refused,
 * that secrets never show in logs or later responses, and that secrets are compared in
 * constant time.
 */

const UNAUTHORIZED = { message: "Unauthorized" }
const INVALID_KEY = { type: "not_allowed", message: "A valid publishable key is required to proceed with the request" }
const basic = (token: string) => `Basic ${Buffer.from(`${token}:`).toString("base64")}`
const b64url = (value: unknown) =>
  Buffer.from(typeof value === "string" ? value : JSON.stringify(value)).toString("base64url")

interface Reply {
  status: number
  body: any
  text: string
}

describe("auth boundaries", () => {
  let app: TestApp
  let url = ""
  let close: () => Promise<void>
  const log: string[] = []
  const responses: string[] = []
  let adminToken = ""
  let publishable = ""
  let channel = ""

  async function request(
    method: string,
    path: string,
    options: { body?: unknown; headers?: Record<string, string>; bearer?: string | null } = {},
  ): Promise<Reply> {
    const headers: Record<string, string> = { accept: "application/json", ...options.headers }
    if (options.body !== undefined) headers["content-type"] = "application/json"
    const bearer = options.bearer === undefined ? adminToken : options.bearer
    if (bearer) headers.authorization ??= `Bearer ${bearer}`
    const res = await fetch(url + path, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    })
    const text = await res.text()
    responses.push(text)
    let body: unknown = text
    try {
      body = JSON.parse(text)
    } catch {
      // not JSON
    }
    return { status: res.status, body, text }
  }
  const store = (key: string, path = "/store/products?fields=id") =>
    request("GET", path, { headers: { "x-publishable-api-key": key }, bearer: null })
  /** A new admin user `<name>@salesgraph.test`, signed in: the account and its token. */
  async function signedInUser(name: string) {
    const credentials = { email: `${name}@salesgraph.test`, password: `${name}-password` }
    const user = await createUserAccountWorkflow(app.container, credentials)
    const login = await request("POST", "/auth/user/emailpass", { body: credentials, bearer: null })
    return { user, token: login.body.token }
  }

  before(async () => {
    app = await testApp()
    const defaults = await createDefaultsWorkflow(app.container)
    await createUserAccountWorkflow(app.container, ADMIN)
    // the server's own logger (serverLogger, as `start` makes it), at its most talkative
    const logger = serverLogger("trace", { write: (line: string) => void log.push(line) })
    const server = await buildServer(app, { logger: logger as never })
    await server.listen({ port: 0, host: "127.0.0.1" })
    url = `http://127.0.0.1:${(server.server.address() as AddressInfo).port}`
    close = async () => {
      await server.close()
      await app.dispose()
    }
    adminToken = (await request("POST", "/auth/user/emailpass", { body: ADMIN, bearer: null })).body.token
    publishable = defaults.publishable_key!.token
    channel = defaults.default_sales_channel_id
  })
  after(() => close())

  async function secretKey(title: string): Promise<{ id: string; token: string }> {
    const r = await request("POST", "/admin/api-keys", { body: { title, type: "secret" } })
    assert.equal(r.status, 200, r.text)
    return { id: r.body.api_key.id, token: r.body.api_key.token }
  }

  async function publishableKey(title: string): Promise<{ id: string; token: string }> {
    const r = await request("POST", "/admin/api-keys", { body: { title, type: "publishable" } })
    assert.equal(
      (await request("POST", `/admin/api-keys/${r.body.api_key.id}/sales-channels`, { body: { add: [channel] } }))
        .status,
      200,
    )
    return { id: r.body.api_key.id, token: r.body.api_key.token }
  }

  test("a publishable key never opens /admin, however it is sent", async () => {
    for (const headers of <Record<string, string>[]>[
      { authorization: `Bearer ${publishable}` },
      { authorization: basic(publishable) },
      { authorization: `Basic ${publishable}` },
      { "x-publishable-api-key": publishable },
      { cookie: `salesgraph.sid=${publishable}` },
    ]) {
      const r = await request("GET", "/admin/products", { headers, bearer: null })
      assert.equal(r.status, 401, JSON.stringify(headers))
      assert.deepEqual(r.body, UNAUTHORIZED)
    }
  })

  test("a secret key is never a publishable key; over HTTP Basic it opens /admin, as Bearer it does not", async () => {
    const secret = await secretKey("boundary")
    assert.deepEqual((await store(secret.token)).body, INVALID_KEY)
    // nor is what the database stores for it (its hash)
    const [row] = (await app.core.pool.query("SELECT token FROM api_key WHERE id = $1", [secret.id])).rows
    assert.deepEqual((await store(row.token)).body, INVALID_KEY)
    assert.equal(
      (await request("GET", "/admin/products", { headers: { authorization: basic(secret.token) }, bearer: null }))
        .status,
      200,
    )
    assert.equal(
      (await request("GET", "/admin/products", { headers: { authorization: basic(row.token) }, bearer: null })).status,
      401,
    )
    const asBearer = await request("GET", "/admin/products", { bearer: secret.token })
    assert.equal(asBearer.status, 401)
    assert.match(asBearer.body.message, /must be sent using HTTP Basic/)
  })

  test("revocation stops a key at once: publishable on /store, secret on /admin (cached before)", async () => {
    const pk = await publishableKey("revoked at once")
    const sk = await secretKey("revoked at once")
    assert.equal((await store(pk.token)).status, 200) // now cached by the gate
    assert.equal(
      (await request("GET", "/admin/products?fields=id", { headers: { authorization: basic(sk.token) }, bearer: null }))
        .status,
      200,
    )
    for (const key of [pk, sk])
      assert.equal((await request("POST", `/admin/api-keys/${key.id}/revoke`, { body: {} })).status, 200)
    assert.deepEqual((await store(pk.token)).body, INVALID_KEY)
    assert.deepEqual(
      (await request("GET", "/admin/products?fields=id", { headers: { authorization: basic(sk.token) }, bearer: null }))
        .body,
      UNAUTHORIZED,
    )
  })

  /**
   * Holds the answer of the statement containing `marker` (read through the application's
   * pool, as the gates do) until `release()`; `reached` resolves once it came back.
   */
  function holdStatement(marker: string) {
    const db = app.container.db as { query: (...args: any[]) => Promise<unknown> }
    const original = db.query
    let release!: () => void
    let reached!: () => void
    const held = new Promise<void>((r) => (release = r))
    const arrived = new Promise<void>((r) => (reached = r))
    let armed = true
    db.query = async function (this: unknown, ...args: any[]) {
      const rows = await original.apply(db, args)
      if (armed && args[0].compile().text.includes(marker)) {
        armed = false
        reached()
        await held
      }
      return rows
    }
    return {
      reached: arrived,
      release() {
        release()
        db.query = original
      },
    }
  }

  /** Resolves when this process hears (NOTIFY) that an event of this name committed. */
  function heard(name: string): Promise<void> {
    return new Promise((resolve) => {
      const listener = (names: string[]) => {
        if (!names.includes(name)) return
        app.onRemoteEvents.delete(listener)
        resolve()
      }
      app.onRemoteEvents.add(listener)
    })
  }

  // The held read answers after every invalidation the write causes (at its commit, and on
  // NOTIFY): only a cache that refuses a value read before an invalidation stays right.
  test("a key revoked while a request was resolving it is refused by the next request (no stale cache)", async () => {
    const pk = await publishableKey("revoked mid-read")
    // the gate's key read: query.graph on api_key by token
    const gate = holdStatement(`FROM "api_key" "t0" WHERE "t0"."deleted_at" IS NULL AND "t0"."token" =`)
    const inFlight = store(pk.token)
    await gate.reached // the gate read the key, not yet revoked
    let notified = heard("api_key.api-key.updated")
    assert.equal((await request("POST", `/admin/api-keys/${pk.id}/revoke`, { body: {} })).status, 200)
    await notified
    gate.release()
    assert.equal((await inFlight).status, 200, "the request that began before the revocation may pass")
    assert.deepEqual((await store(pk.token)).body, INVALID_KEY, "a request after the revocation must not")

    const sk = await secretKey("revoked mid-read")
    const admin = holdStatement("type = 'secret' AND redacted")
    const resolving = request("GET", "/admin/products?fields=id", {
      headers: { authorization: basic(sk.token) },
      bearer: null,
    })
    await admin.reached
    notified = heard("api_key.api-key.updated")
    assert.equal((await request("POST", `/admin/api-keys/${sk.id}/revoke`, { body: {} })).status, 200)
    await notified
    admin.release()
    assert.equal((await resolving).status, 200)
    assert.deepEqual(
      (await request("GET", "/admin/products?fields=id", { headers: { authorization: basic(sk.token) }, bearer: null }))
        .body,
      UNAUTHORIZED,
    )
  })

  test("JWTs: wrong signature, expired, alg none, other algorithms, tampered claims, not a user, a deleted user", async () => {
    const secret = await jwtSecretOf(app)
    const [admin] = await app.container.modules.user.listUsers({ email: ADMIN.email })
    const claims = {
      actor_id: admin.id,
      actor_type: "user",
      auth_identity_id: "authid_x",
      app_metadata: { user_id: admin.id },
    }
    const valid = await signToken(claims, secret, "1h")
    assert.equal(
      (await request("GET", "/admin/users/me", { bearer: valid })).status,
      200,
      "the control: a token we signed",
    )

    const hs = (alg: "sha256" | "sha512", header: object, payload: object, key = secret) => {
      const input = `${b64url(header)}.${b64url(payload)}`
      return `${input}.${createHmac(alg, key).update(input).digest("base64url")}`
    }
    const now = Math.floor(Date.now() / 1000)
    const [h, p] = valid.split(".")
    // signed by someone else, or not signed as we sign
    const forged = {
      "another secret": await signToken(claims, "not-the-secret", "1h"),
      expired: hs("sha256", { alg: "HS256", typ: "JWT" }, { ...claims, iat: now - 7200, exp: now - 3600 }),
      "alg none": `${b64url({ alg: "none", typ: "JWT" })}.${b64url({ ...claims, exp: now + 3600 })}.`,
      "alg none, signature kept": `${b64url({ alg: "none", typ: "JWT" })}.${p}.${valid.split(".")[2]}`,
      HS512: hs("sha512", { alg: "HS512", typ: "JWT" }, { ...claims, exp: now + 3600 }),
      "tampered actor": `${h}.${b64url({ ...JSON.parse(Buffer.from(p, "base64url").toString()), actor_id: "user_someone_else" })}.${valid.split(".")[2]}`,
      garbage: "a.b.c",
    }
    // signed by us, but for no live user
    const notAUser = {
      "a customer": await signToken({ ...claims, actor_type: "customer" }, secret, "1h"),
      "no actor yet": await signToken({ ...claims, actor_id: "" }, secret, "1h"),
      "an unknown user": await signToken({ ...claims, actor_id: "user_01NOBODY" }, secret, "1h"),
    }
    for (const [name, token] of Object.entries({ ...forged, ...notAUser })) {
      for (const headers of <Record<string, string>[]>[
        { authorization: `Bearer ${token}` },
        { cookie: `salesgraph.sid=${encodeURIComponent(token)}` },
      ]) {
        const r = await request("GET", "/admin/users/me", { headers, bearer: null })
        assert.deepEqual(r.body, UNAUTHORIZED, `${name} via ${Object.keys(headers)[0]}: ${r.text}`)
      }
    }
    for (const [name, token] of Object.entries(forged)) {
      assert.equal((await request("POST", "/auth/token/refresh", { bearer: token })).status, 401, `${name} refreshed`)
      assert.equal((await request("POST", "/auth/session", { bearer: token })).status, 401, `${name} made a session`)
    }

    // a deleted user's token (cached as live a moment before) stops at once
    const { user: other, token: leaver } = await signedInUser("leaver")
    assert.equal((await request("GET", "/admin/users/me", { bearer: leaver })).status, 200)
    assert.equal((await request("DELETE", `/admin/users/${other.id}`)).status, 200)
    assert.deepEqual((await request("GET", "/admin/users/me", { bearer: leaver })).body, UNAUTHORIZED)
    assert.equal(
      (await request("GET", "/admin/users/me", { headers: { cookie: `salesgraph.sid=${leaver}` }, bearer: null }))
        .status,
      401,
    )
  })

  test("customer JWTs on /store: forged ones are refused, a user's token is no customer's", async () => {
    const secret = await jwtSecretOf(app)
    const claims = {
      actor_id: "cus_01SOMEONE",
      actor_type: "customer",
      auth_identity_id: "authid_x",
      app_metadata: { customer_id: "cus_01SOMEONE" },
    }
    const now = Math.floor(Date.now() / 1000)
    const valid = await signToken(claims, secret, "1h")
    const [h, p, sig] = valid.split(".")
    const refused = {
      "another secret": await signToken(claims, "not-the-secret", "1h"),
      expired: (() => {
        const input = `${b64url({ alg: "HS256", typ: "JWT" })}.${b64url({ ...claims, iat: now - 7200, exp: now - 3600 })}`
        return `${input}.${createHmac("sha256", secret).update(input).digest("base64url")}`
      })(),
      "alg none": `${b64url({ alg: "none", typ: "JWT" })}.${b64url({ ...claims, exp: now + 3600 })}.`,
      "tampered actor": `${h}.${b64url({ ...JSON.parse(Buffer.from(p, "base64url").toString()), actor_id: "cus_other" })}.${sig}`,
      "a user's": adminToken,
      "no actor yet": await signToken({ ...claims, actor_id: "" }, secret, "1h"),
    }
    for (const [name, token] of Object.entries(refused)) {
      for (const auth of <Record<string, string>[]>[
        { authorization: `Bearer ${token}` },
        { cookie: `salesgraph.sid=${encodeURIComponent(token)}` },
      ]) {
        const r = await request("GET", "/store/customers/me", {
          headers: { ...auth, "x-publishable-api-key": publishable },
          bearer: null,
        })
        assert.deepEqual(r.body, UNAUTHORIZED, `${name} via ${Object.keys(auth)[0]}: ${r.text}`)
      }
    }
    // the control: a token we signed reaches the route (no such customer: Medusa's 404)
    const control = await request("GET", "/store/customers/me", {
      headers: { "x-publishable-api-key": publishable },
      bearer: valid,
    })
    assert.equal(control.status, 404)
  })

  test("a user deleted while a request was resolving their token is refused by the next request", async () => {
    const { user: other, token } = await signedInUser("racer")
    const lookup = holdStatement('FROM "user"')
    const resolving = request("GET", "/admin/products?fields=id", { bearer: token })
    await lookup.reached
    const notified = heard("user.deleted")
    assert.equal((await request("DELETE", `/admin/users/${other.id}`)).status, 200)
    await notified
    lookup.release()
    await resolving
    assert.deepEqual((await request("GET", "/admin/products?fields=id", { bearer: token })).body, UNAUTHORIZED)
  })

  test("secrets are compared in constant time: timingSafeEqual for passwords and secret keys, WebCrypto for JWTs", async (t) => {
    const timingSafeEqual = t.mock.method(crypto, "timingSafeEqual")
    const scrypt = t.mock.method(crypto, "scrypt")
    const subtleVerify = t.mock.method(globalThis.crypto.subtle, "verify")
    syncBuiltinESMExports() // the named imports (`import { timingSafeEqual } from "node:crypto"`) now see the spies
    try {
      assert.equal((await request("POST", "/auth/user/emailpass", { body: ADMIN, bearer: null })).status, 200)
      assert.ok(timingSafeEqual.mock.callCount() >= 1, "password checked with timingSafeEqual")
      const calls = scrypt.mock.callCount()
      assert.equal(
        (
          await request("POST", "/auth/user/emailpass", {
            body: { email: "nobody@salesgraph.test", password: "x" },
            bearer: null,
          })
        ).status,
        401,
      )
      assert.ok(scrypt.mock.callCount() > calls, "an unknown email costs a scrypt too (no timing oracle on emails)")

      const sk = await secretKey("constant time")
      // same redacted form (first 6 and last 3 characters), different middle: found, hashed, compared
      const near = sk.token.slice(0, 6) + (sk.token[6] === "0" ? "1" : "0") + sk.token.slice(7)
      const before = timingSafeEqual.mock.callCount()
      assert.equal(
        (await request("GET", "/admin/products?fields=id", { headers: { authorization: basic(near) }, bearer: null }))
          .status,
        401,
      )
      assert.ok(timingSafeEqual.mock.callCount() > before, "a secret key candidate compared with timingSafeEqual")
      const ok = timingSafeEqual.mock.callCount()
      assert.equal(
        (
          await request("GET", "/admin/products?fields=id", {
            headers: { authorization: basic(sk.token) },
            bearer: null,
          })
        ).status,
        200,
      )
      assert.ok(timingSafeEqual.mock.callCount() > ok)

      const verified = subtleVerify.mock.callCount()
      assert.equal((await request("GET", "/admin/users/me")).status, 200)
      assert.ok(subtleVerify.mock.callCount() > verified, "JWT signatures checked by crypto.subtle.verify")
    } finally {
      mock.restoreAll()
      syncBuiltinESMExports()
    }
  })

  test("secret tokens, passwords and JWTs never appear in logs or in any response after creation", async () => {
    const password = "a-password-nobody-logs-" + crypto.randomBytes(6).toString("hex")
    const email = "logged@salesgraph.test"
    const register = await request("POST", "/auth/user/emailpass/register", { body: { email, password }, bearer: null })
    assert.equal(register.status, 200, register.text)
    await createUserAccountWorkflow(app.container, { email: "second@salesgraph.test", password })
    const login = await request("POST", "/auth/user/emailpass", {
      body: { email: "second@salesgraph.test", password },
      bearer: null,
    })
    const jwt = login.body.token as string
    await request("POST", "/auth/user/emailpass", {
      body: { email: "second@salesgraph.test", password: password + "x" },
      bearer: null,
    })
    await request("POST", "/auth/session", { bearer: jwt })

    const created = await request("POST", "/admin/api-keys", { body: { title: "logged", type: "secret" } })
    const secret = created.body.api_key.token as string
    assert.match(secret, /^sk_/)
    const seenFrom = responses.length // from here on, no response may carry the secret
    const id = created.body.api_key.id
    const [row] = (await app.core.pool.query("SELECT token, salt FROM api_key WHERE id = $1", [id])).rows
    const auth = { authorization: basic(secret) }
    await request("GET", "/admin/products?fields=id", { headers: auth, bearer: null })
    await request("GET", `/admin/api-keys/${id}`)
    await request("GET", `/admin/api-keys/${id}?fields=*,token,salt,redacted`)
    await request("GET", "/admin/api-keys?fields=token,salt&type=secret")
    await request("POST", `/admin/api-keys/${id}`, { body: { title: "renamed" } })
    await request("GET", `/admin/users?fields=*`)
    await request("GET", `/admin/products?fields=id`, { headers: auth, bearer: null })
    await request("GET", "/admin/products?fields=id", { headers: { authorization: `Basic ${secret}` }, bearer: null })
    await request("POST", `/admin/api-keys/${id}/revoke`, { body: {} })
    await request("GET", `/admin/api-keys/${id}`)
    await request("GET", "/admin/users/me", { headers: auth, bearer: null })

    const later = responses.slice(seenFrom).join("\n")
    for (const [name, value] of Object.entries({ "secret key": secret, "its hash": row.token, "its salt": row.salt })) {
      assert.ok(!later.includes(value), `${name} in a response after creation`)
    }
    for (const [name, value] of Object.entries({ password, "admin password": ADMIN.password })) {
      assert.ok(!responses.join("\n").includes(value), `${name} in a response`)
    }

    const text = log.join("")
    assert.ok(
      text.includes('"url":"/auth/user/emailpass"') && text.includes("/admin/api-keys"),
      "the log has the requests (the check below can fail)",
    )
    for (const [name, value] of Object.entries({
      "secret key": secret,
      "its hash": row.token,
      password,
      "admin password": ADMIN.password,
      JWT: jwt,
      "admin JWT": adminToken,
    })) {
      assert.ok(!text.includes(value), `${name} in the log`)
    }
  })
})
