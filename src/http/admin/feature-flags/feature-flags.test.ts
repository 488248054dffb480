import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { serverSuite } from "../../../test-support/server-suite.js"

// Medusa's dashboard reads these before its sign-in form shows; answers checked against Medusa 2.21.2
describe("dashboard boot routes: feature flags, auth providers, cloud auth", () => {
  const { s } = serverSuite()

  test("GET /admin/feature-flags: every flag off, without signing in", async () => {
    const r = await s.request("GET", "/admin/feature-flags", { token: null })
    assert.equal(r.status, 200)
    // Medusa 2.21.2's answer, as is
    const medusa =
      '{"feature_flags":{"backend_hmr":false,"caching":false,"index_engine":false,"rbac_filter_fields":false,"rbac":false,"translation":false,"view_configurations":false}}'
    assert.deepEqual(r.body, JSON.parse(medusa))
    // the other admin routes still need a user
    assert.equal((await s.request("GET", "/admin/sales-channels", { token: null })).status, 401)
  })

  test("GET /auth/:actor_type/providers: emailpass, for any actor type", async () => {
    for (const actor of ["user", "customer", "anything"]) {
      const r = await s.request("GET", `/auth/${actor}/providers`, { token: null })
      assert.equal(r.status, 200)
      assert.deepEqual(r.body, {
        providers: [
          {
            id: "emailpass",
            identifier: "emailpass",
            display_name: "Email/Password Authentication",
            flow: "credentials",
          },
        ],
      })
    }
  })

  test("GET /cloud/auth: not enabled", async () => {
    const r = await s.request("GET", "/cloud/auth", { token: null })
    assert.equal(r.status, 200)
    assert.deepEqual(r.body, { enabled: false })
  })
})
