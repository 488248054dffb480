import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { ADMIN } from "../../test-support/http.js"
import { serverSuite } from "../../test-support/server-suite.js"

describe("/auth routes", () => {
  const { s } = serverSuite()

  test("login refusals in Medusa's emailpass order: the password is checked first", async () => {
    const cases: [unknown, string][] = [
      [{}, "Password should be a string"],
      [{ email: ADMIN.email }, "Password should be a string"],
      [{ email: ADMIN.email, password: "" }, "Password should be a string"],
      [{ password: "x" }, "Email should be a string"],
      [{ email: 1, password: "x" }, "Email should be a string"],
      [{ email: ADMIN.email, password: "wrong" }, "Invalid email or password"],
    ]
    for (const [body, message] of cases) {
      const r = await s.request("POST", "/auth/user/emailpass", { body, token: null })
      assert.deepEqual([r.status, r.body], [401, { type: "unauthorized", message }], JSON.stringify(body))
    }
    const register = await s.request("POST", "/auth/user/emailpass/register", { body: {}, token: null })
    assert.deepEqual(register.body, { type: "unauthorized", message: "Password should be a string" })
  })

  test("a provider other than emailpass is not allowed", async () => {
    for (const path of ["/auth/user/google", "/auth/user/google/register"]) {
      const r = await s.request("POST", path, { body: { email: ADMIN.email, password: ADMIN.password }, token: null })
      assert.deepEqual(
        [r.status, r.body],
        [400, { type: "not_allowed", message: "The actor type user is not allowed to use the auth provider google" }],
      )
    }
  })

  test("session and refresh refuse as Medusa's auth middleware does: 401 {message} without a type", async () => {
    const unauthorized = [401, { message: "Unauthorized" }]
    for (const [method, path, token] of [
      ["POST", "/auth/session", null],
      ["POST", "/auth/session", "not.a.jwt"],
      ["POST", "/auth/token/refresh", null],
      ["POST", "/auth/token/refresh", "not.a.jwt"],
      // only a session can be ended: a Bearer token is no session
      ["DELETE", "/auth/session", s.adminToken],
      ["DELETE", "/auth/session", null],
    ] as const) {
      const r = await s.request(method, path, { token })
      assert.deepEqual([r.status, r.body], unauthorized, `${method} ${path} ${token}`)
    }
    const session = await s.request("POST", "/auth/session")
    assert.equal(session.status, 200)
    // the body is Medusa's auth context: the token's claims, not the user record
    const claims = JSON.parse(Buffer.from(s.adminToken.split(".")[1], "base64url").toString())
    assert.deepEqual(session.body, { user: claims })
    assert.equal(session.body.user.actor_type, "user")
    const cookie = session.headers.get("set-cookie")!.split(";")[0]
    const logout = await s.request("DELETE", "/auth/session", { token: null, headers: { cookie } })
    assert.deepEqual([logout.status, logout.body], [200, { success: true }])
    assert.match(logout.headers.get("set-cookie") ?? "", /Max-Age=0/)
  })
})
