import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { serverSuite } from "../../../test-support/server-suite.js"
import { firstPage } from "../../../test-support/response-keys.js"

// what salesgraph does not have, answered as Medusa 2.21.2 answers when there is none (checked side by side)
describe("lists of what salesgraph has none of", () => {
  const { s } = serverSuite()

  test("GET /admin/notifications: an empty page with Medusa's default limit (50); one by id is {}", async () => {
    assert.deepEqual((await s.request("GET", "/admin/notifications")).body, firstPage("notifications", [], 50))
    const r = await s.request("GET", "/admin/notifications?limit=1&offset=0&fields=created_at")
    assert.deepEqual(r.body, { notifications: [], count: 0, offset: 0, limit: 1 })
    assert.deepEqual((await s.request("GET", "/admin/notifications/noti_x")).body, {})
  })

  test("bad queries are refused as Medusa refuses them; the routes need a user", async () => {
    const bad = await s.request("GET", "/admin/notifications?foo=1")
    assert.equal(bad.status, 400)
    assert.equal(bad.body.type, "invalid_data")
    assert.match(bad.body.message, /foo/)
    assert.equal((await s.request("GET", "/admin/price-preferences?limit=x")).status, 400)
    assert.equal((await s.request("GET", "/admin/notifications", { token: null })).status, 401)
  })

  test("GET /admin/workflows-executions (limit 100) and /admin/price-preferences (limit 300): empty", async () => {
    const wf = await s.request("GET", "/admin/workflows-executions?limit=20&offset=0&order=-created_at")
    assert.deepEqual(wf.body, { workflow_executions: [], count: 0, offset: 0, limit: 20 })
    assert.equal((await s.request("GET", "/admin/workflows-executions")).body.limit, 100)
    const prefs = await s.request("GET", "/admin/price-preferences?attribute=region_id&value=reg_1")
    assert.deepEqual(prefs.body, { price_preferences: [], count: 0, offset: 0, limit: 300 })
  })

  test("view configurations (flag off): nothing saved, every zone uses its default", async () => {
    const list = await s.request("GET", "/admin/layouts/configurations?limit=1&fields=id")
    assert.deepEqual(list.body, { layout_configurations: [], count: 0, offset: 0, limit: 1 })
    for (const zone of ["sidebar", "order.list", "product.details"]) {
      const r = await s.request("GET", `/admin/layouts/${zone}/configuration`)
      assert.deepEqual(r.body, { personal_configuration: null, default_configuration: null, active_scope: "default" })
    }
  })

  test("GET /admin/search-indexes: no search module, so none and not enabled", async () => {
    assert.deepEqual((await s.request("GET", "/admin/search-indexes")).body, { search_indexes: [], enabled: false })
  })

  test("GET /auth/mfa/factors: none for a signed-in user, 401 without one", async () => {
    assert.deepEqual((await s.request("GET", "/auth/mfa/factors")).body, { mfa_factors: [] })
    const none = await s.request("GET", "/auth/mfa/factors", { token: null })
    assert.equal(none.status, 401)
    assert.deepEqual(none.body, { message: "Unauthorized" })
  })

  test("an order's returns, claims, exchanges (limit 15) and changes: none can exist yet", async () => {
    for (const key of ["returns", "claims", "exchanges"]) {
      const r = await s.request("GET", `/admin/${key}?order_id=order_1&fields=%2Aitems`)
      assert.equal(r.status, 200)
      assert.deepEqual(r.body, { [key]: [], count: 0, offset: 0, limit: 15 })
    }
    const changes = await s.request(
      "GET",
      "/admin/orders/order_1/changes?change_type%5B0%5D=edit&change_type%5B1%5D=claim",
    )
    assert.deepEqual(changes.body, { order_changes: [] })
    assert.equal((await s.request("GET", "/admin/orders/order_1/changes?foo=1")).status, 400)
  })
})
