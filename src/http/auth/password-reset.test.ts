import assert from "node:assert/strict"
import { before, describe, test } from "node:test"
import { ADMIN } from "../../test-support/http.js"
import { serverSuite } from "../../test-support/server-suite.js"

describe("password reset (Medusa's reset-password → update) ends the identity's sessions", () => {
  const { s } = serverSuite()
  const mailed: { entity_id: string; actor_type: string; token: string }[] = []
  before(async () => {
    // what a mailer subscriber receives
    s.app.core.bus.subscribe("auth.password_reset", (e) => void mailed.push(e.data as (typeof mailed)[number]))
  })

  async function resetToken(actor: string, identifier: string): Promise<string> {
    const before = mailed.length
    const r = await s.request("POST", `/auth/${actor}/emailpass/reset-password`, { body: { identifier }, token: null })
    assert.deepEqual([r.status, r.body], [201, "Created"])
    const deadline = Date.now() + 30_000
    while (mailed.length === before) {
      if (Date.now() > deadline) throw new Error("no auth.password_reset event")
      await new Promise((r) => setTimeout(r, 20))
    }
    return mailed.at(-1)!.token
  }
  const update = (actor: string, token: string, body: unknown) =>
    s.request("POST", `/auth/${actor}/emailpass/update`, { token, body })
  const login = (password: string) =>
    s.request("POST", "/auth/user/emailpass", { body: { email: ADMIN.email, password }, token: null })

  test("an unknown identifier gets the same 201 and no event; a missing one is a 400", async () => {
    const r = await s.request("POST", "/auth/user/emailpass/reset-password", {
      body: { identifier: "nobody@salesgraph.test" },
      token: null,
    })
    assert.deepEqual([r.status, r.body], [201, "Created"])
    const bad = await s.request("POST", "/auth/user/emailpass/reset-password", { body: {}, token: null })
    assert.deepEqual(
      [bad.status, bad.body],
      [400, { type: "invalid_data", message: "Invalid request: Field 'identifier' is required" }],
    )
    const noToken = await s.request("POST", "/auth/user/emailpass/update", { body: { password: "x" }, token: null })
    assert.deepEqual([noToken.status, noToken.body], [401, { type: "unauthorized", message: "Invalid token" }])
  })

  test("a reset token sets the password once; the old password and every session of the user stop", async () => {
    const cookie = (await s.request("POST", "/auth/session")).headers.get("set-cookie")!.split(";")[0]
    assert.equal((await s.request("GET", "/admin/users/me", { token: null, headers: { cookie } })).status, 200)
    const token = await resetToken("user", ADMIN.email)

    const invalid = [401, { type: "unauthorized", message: "Invalid token" }]
    const withLoginToken = await update("user", s.adminToken, { password: "stolen-password" })
    assert.deepEqual([withLoginToken.status, withLoginToken.body], invalid, "a login token is no reset token")
    const otherActor = await update("customer", token, { password: "other-actor" })
    assert.deepEqual([otherActor.status, otherActor.body], invalid, "a user's reset token is no customer's")

    const done = await update("user", token, { password: "a-new-password" })
    assert.deepEqual([done.status, done.body], [200, { success: true }])
    assert.equal(
      (await s.request("GET", "/admin/users/me", { token: null, headers: { cookie } })).status,
      401,
      "the session was revoked",
    )
    assert.equal((await login(ADMIN.password)).status, 401)
    assert.equal((await login("a-new-password")).status, 200)

    const again = await update("user", token, { password: "twice" })
    assert.deepEqual([again.status, again.body], invalid, "a reset token works once")
    assert.equal((await login("twice")).status, 401)
  })
})
