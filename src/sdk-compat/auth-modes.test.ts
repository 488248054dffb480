import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { ADMIN, testServer, type TestServer } from "../test-support/http.js"
import { adminSdk, fetchError, recordFetch, sdkFor, type FetchRecorder } from "./test-support/harness.js"

describe("JS SDK: the three ways a client signs in (JWT, session cookie, secret API key)", () => {
  let s: TestServer
  let wire: FetchRecorder
  before(async () => {
    s = await testServer()
    wire = recordFetch()
  })
  after(async () => {
    wire.restore()
    await s.close()
  })

  test("jwt: sdk.auth.login stores the token and sends it as Bearer; the publishable key on admin calls is ignored", async () => {
    const sdk = sdkFor(s)
    await fetchError(sdk.admin.user.me(), 401, "Unauthorized")

    const token = await sdk.auth.login("user", "emailpass", ADMIN)
    assert.equal(typeof token, "string")
    assert.equal(wire.last("/auth/user/emailpass").credentials, "omit")
    assert.equal(await sdk.client.getToken(), token)

    const { user } = await sdk.admin.user.me()
    assert.equal(user.email, ADMIN.email)
    const sent = wire.last("/admin/users/me")
    assert.equal(sent.headers.authorization, `Bearer ${token}`)
    assert.equal(sent.headers["x-publishable-api-key"], s.publishableKey)
    assert.equal(sent.headers["content-type"], "application/json")
    assert.equal(sent.headers["x-medusa-locale"], "") // the SDK sends its (unset) locale, empty
    assert.equal(sent.headers.cookie, undefined)

    // a refreshed token is stored and works
    const { token: refreshed } = await sdk.auth.refresh()
    assert.equal(typeof refreshed, "string")
    assert.equal(await sdk.client.getToken(), refreshed)
    assert.equal((await sdk.admin.user.me()).user.email, ADMIN.email)

    // logout (jwt) only forgets the token
    await sdk.auth.logout()
    await fetchError(sdk.admin.user.me(), 401, "Unauthorized")
  })

  test("jwt: bad credentials surface as FetchError 401 with Medusa's messages, no token stored", async () => {
    const sdk = sdkFor(s)
    for (const [credentials, message] of [
      [{ email: ADMIN.email, password: "wrong" }, "Invalid email or password"],
      [{ email: "nobody@example.com", password: "x" }, "Invalid email or password"],
      [{ email: ADMIN.email, password: 12 as unknown as string }, "Password should be a string"],
    ] as const) {
      await fetchError(sdk.auth.login("user", "emailpass", credentials), 401, message)
    }
    assert.equal(await sdk.client.getToken(), "")
    await fetchError(sdk.admin.salesChannel.list(), 401, "Unauthorized")
  })

  test("session: login exchanges the JWT for a cookie (POST /auth/session), admin calls carry only the cookie, logout ends it", async () => {
    const sdk = sdkFor(s, { auth: "session" })
    const token = await sdk.auth.login("user", "emailpass", ADMIN)
    assert.equal(typeof token, "string")

    const exchange = wire.last("/auth/session", "POST")
    assert.equal(exchange.status, 200)
    assert.equal(exchange.headers.authorization, `Bearer ${token}`)
    assert.equal(exchange.credentials, "include")
    assert.equal(Object.keys(wire.cookies()).length, 1, "the server set one session cookie")

    const { sales_channels } = await sdk.admin.salesChannel.list({ fields: "id,name" })
    assert.deepEqual(
      sales_channels.map((c: { name: string }) => c.name),
      ["Default Sales Channel"],
    )
    const sent = wire.last("/admin/sales-channels")
    assert.equal(sent.headers.authorization, undefined, "session mode sends no Authorization header")
    assert.ok(sent.headers.cookie, "the cookie went along")

    // writes work over the cookie too
    const { sales_channel } = await sdk.admin.salesChannel.create({ name: "Via session" })
    assert.equal(sales_channel.name, "Via session")

    // refresh authenticates by the cookie (the SDK sends no token in session mode), then the
    // SDK trades the new token for a new session
    const { token: refreshed } = await sdk.auth.refresh()
    assert.equal(typeof refreshed, "string")
    assert.equal(wire.last("/auth/token/refresh").headers.authorization, undefined)
    assert.equal(wire.last("/auth/session", "POST").headers.authorization, `Bearer ${refreshed}`)
    assert.equal(wire.last("/auth/session", "POST").status, 200)
    assert.equal((await sdk.admin.user.me()).user.email, ADMIN.email)

    await sdk.auth.logout()
    assert.equal(wire.last("/auth/session", "DELETE").status, 200)
    assert.deepEqual(wire.cookies(), {}, "the cookie was cleared")
    await fetchError(sdk.admin.salesChannel.list(), 401, "Unauthorized")
  })

  test("session: a client that never logged in gets 401 even with credentials included", async () => {
    wire.clearCookies()
    const sdk = sdkFor(s, { auth: "session" })
    await fetchError(sdk.admin.user.me(), 401, "Unauthorized")
    await fetchError(sdk.auth.refresh(), 401, "Unauthorized")
    assert.equal(wire.last("/admin/users/me").credentials, "include")
  })

  test("apiKey: a secret key over HTTP Basic drives the admin API until revoked", async () => {
    const admin = await adminSdk(s)
    const { api_key: secret } = await admin.admin.apiKey.create({ title: "CI", type: "secret" })
    assert.match(secret.token, /^sk_/)

    const sdk = sdkFor(s, { apiKey: secret.token, publishableKey: null })
    const { sales_channel } = await sdk.admin.salesChannel.create({ name: "Via secret key" })
    const sent = wire.last("/admin/sales-channels", "POST")
    assert.equal(sent.headers.authorization, `Basic ${Buffer.from(secret.token + ":").toString("base64")}`)
    assert.equal(sent.headers["x-publishable-api-key"], undefined)

    // the key is the actor: keys it creates name it as their creator
    const { api_key: made } = await sdk.admin.apiKey.create({ title: "made by CI", type: "publishable" })
    assert.equal(made.created_by, secret.id)
    assert.equal((await sdk.admin.salesChannel.retrieve(sales_channel.id)).sales_channel.id, sales_channel.id)

    await admin.admin.apiKey.revoke(secret.id)
    await fetchError(sdk.admin.salesChannel.list(), 401, "Unauthorized")
  })

  test("one client for both APIs: the admin's Bearer token or a secret key's Basic header on store calls is ignored there", async () => {
    const admin = await adminSdk(s)
    const { products } = await admin.store.product.list({ fields: "id" })
    assert.deepEqual(products, [])
    assert.match(wire.last("/store/products").headers.authorization, /^Bearer /)

    const { api_key: secret } = await admin.admin.apiKey.create({ title: "server-side shop", type: "secret" })
    const both = sdkFor(s, { apiKey: secret.token })
    assert.deepEqual((await both.store.region.list()).regions, [])
    assert.match(wire.last("/store/regions").headers.authorization, /^Basic /)
    assert.equal((await both.admin.salesChannel.list({ id: [s.defaults.default_sales_channel_id] })).count, 1)
  })

  test("apiKey: a publishable key, an unknown key, or a secret key sent as Bearer are refused", async () => {
    await fetchError(sdkFor(s, { apiKey: s.publishableKey }).admin.salesChannel.list(), 401, "Unauthorized")
    await fetchError(sdkFor(s, { apiKey: "sk_" + "0".repeat(64) }).admin.salesChannel.list(), 401, "Unauthorized")

    const admin = await adminSdk(s)
    const { api_key: secret } = await admin.admin.apiKey.create({ title: "misused", type: "secret" })
    const bearer = sdkFor(s)
    await bearer.client.setToken(secret.token)
    await fetchError(
      bearer.admin.salesChannel.list(),
      401,
      "A secret API key was passed as a Bearer token. Secret API keys must be sent using HTTP Basic authentication instead (Authorization: Basic <secret-api-key>).",
    )
  })
})
