import assert from "node:assert/strict"
import { randomBytes } from "node:crypto"
import { after, before, describe, test } from "node:test"
import { verifyToken } from "../../src/http/auth/jwt.js"
import { ADMIN, testServer, type TestServer } from "../../src/test-support/http.js"
import { jwtSecretOf } from "../../src/test-support/tokens.js"
import { runCli } from "./support/cli-process.js"

/** Polls what another process changes (its NOTIFY arrives when it arrives), up to 30 s. */
async function eventually(what: string, check: () => Promise<boolean>) {
  const deadline = Date.now() + 30_000
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`never happened: ${what}`)
    await new Promise((r) => setTimeout(r, 50))
  }
}

describe("salesgraph secrets rotate: a server on the same database follows it", () => {
  let s: TestServer
  let env: Record<string, string>
  before(async () => {
    s = await testServer()
    env = { DATABASE_URL: s.app.connectionString, SALESGRAPH_NO_MIGRATE: "1" }
  })
  after(() => s.close())

  const me = async (token: string) => (await s.request("GET", "/admin/users/me", { token })).status
  const login = async () =>
    (await s.request("POST", "/auth/user/emailpass", { body: ADMIN, token: null })).body.token as string

  test("old tokens keep working for their lifetime; new ones are signed with the new secret; --now ends them all", async () => {
    const before = await jwtSecretOf(s.app)
    const old = s.adminToken
    const cookie = (await s.request("POST", "/auth/session")).headers.get("set-cookie")!.split(";")[0]
    const bySession = async () =>
      (await s.request("GET", "/admin/users/me", { token: null, headers: { cookie } })).status
    const rotated = await runCli(["secrets", "rotate"], env)
    assert.equal(rotated.code, 0, rotated.stderr)
    assert.match(
      rotated.stdout,
      /Rotated the JWT secret: tokens signed with the previous one keep working until \d{4}-/,
    )
    assert.match(
      rotated.stdout,
      /Rotated the cookie secret: session cookies signed with the previous one keep working until/,
    )
    // the rotation's event (NOTIFY) makes this server read the secrets again
    await eventually("the server reads the new secret", async () => (await jwtSecretOf(s.app)) !== before)
    assert.equal(await me(old), 200, "a token signed before the rotation, within its lifetime")
    assert.equal(await bySession(), 200, "a session cookie signed before the rotation, within the session's lifetime")
    const fresh = await login()
    assert.equal(await verifyToken(fresh, [before]), undefined, "a new token is not signed with the old secret")
    assert.equal(await me(fresh), 200)

    const now = await runCli(["secrets", "rotate", "--now"], env)
    assert.equal(now.code, 0, now.stderr)
    assert.match(now.stdout, /tokens signed with the previous one stop working now/)
    await eventually("the old token is refused", async () => (await me(old)) === 401)
    assert.equal(await me(fresh), 401, "--now ends the tokens of the secret it replaced too")
    assert.equal(await bySession(), 401, "and the session cookies")
    assert.equal(await me(await login()), 200)
  })

  test("a rotation this process did not hear of: a token it cannot verify makes it read the secrets again", async () => {
    await jwtSecretOf(s.app)
    // a rotation without its event, as if the notification were lost
    await s.app.container.modules.auth.rotateSecret("jwt", 0)
    const [{ value }] = await s.app.core.pool
      .query("SELECT value FROM auth_secret WHERE name = 'jwt'")
      .then((r) => r.rows)
    const claims = JSON.parse(Buffer.from((await login()).split(".")[1], "base64url").toString())
    const { signToken } = await import("../../src/http/auth/jwt.js")
    const signedElsewhere = await signToken({ ...claims, iat: undefined, exp: undefined }, value, "1h")
    // re-reading is rate-limited (once a second): a later request gets through
    await eventually("the token of the unannounced secret is accepted", async () => (await me(signedElsewhere)) === 200)
  })

  test("secrets set in the configuration are not the database's to rotate", async () => {
    const both = await runCli(["secrets", "rotate"], {
      ...env,
      JWT_SECRET: randomBytes(32).toString("hex"),
      COOKIE_SECRET: randomBytes(32).toString("hex"),
    })
    assert.equal(both.code, 1)
    assert.match(both.stdout, /JWT_SECRET is set in the configuration: not rotated/)
    assert.match(both.stdout, /COOKIE_SECRET is set in the configuration: not rotated/)
    const one = await runCli(["secrets", "rotate"], { ...env, JWT_SECRET: randomBytes(32).toString("hex") })
    assert.equal(one.code, 0)
    assert.match(one.stdout, /Rotated the cookie secret/)
    assert.doesNotMatch(one.stdout, /Rotated the JWT secret/)
  })
})

describe("salesgraph refuses public or weak secrets", () => {
  for (const [variable, value, reason] of [
    ["JWT_SECRET", "supersecret", /"supersecret" is a well-known default secret/],
    ["COOKIE_SECRET", "secret", /"secret" is a well-known default secret/],
    ["JWT_SECRET", "a-short-secret-of-29-bytes-xx", /is shorter than 32 bytes/],
    ["COOKIE_SECRET", "x".repeat(40), /fewer than 8 distinct characters/],
  ] as const) {
    test(`${variable}=${value.slice(0, 12)}…: start stops with a message naming the variable`, async () => {
      const r = await runCli(["start"], { [variable]: value, DATABASE_URL: "postgres://nowhere.invalid/db" })
      assert.equal(r.code, 1)
      assert.match(r.stderr, new RegExp(`invalid configuration:\\s+${variable}: `))
      assert.match(r.stderr, reason)
      assert.match(r.stderr, /at least 32 bytes/)
    })
  }
})
