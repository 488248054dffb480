import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { serverSuite } from "../../../test-support/server-suite.js"
import { paging } from "../../../test-support/response-keys.js"

// answers checked side by side with Medusa 2.21.2
describe("admin refund reasons", () => {
  const { s } = serverSuite()

  test("the three reasons a Medusa database starts with, limit 15", async () => {
    const r = await s.request("GET", "/admin/refund-reasons?order=code")
    assert.equal(r.status, 200)
    assert.deepEqual(paging(r.body), { count: 3, offset: 0, limit: 15 })
    assert.deepEqual(
      r.body.refund_reasons.map((x: { code: string; label: string }) => [x.code, x.label]),
      [
        ["customer_care_adjustment", "Customer Care Adjustment"],
        ["pricing_error", "Pricing Error"],
        ["shipping_issue", "Shipping Issue"],
      ],
    )
    assert.deepEqual(Object.keys(r.body.refund_reasons[0]).sort(), [
      "code",
      "created_at",
      "deleted_at",
      "description",
      "id",
      "label",
      "updated_at",
    ])
  })

  test("create, update, delete; Medusa's answers to a missing code, an unknown id, an unknown filter", async () => {
    const created = await s.request("POST", "/admin/refund-reasons", { body: { label: "Goodwill", code: "goodwill" } })
    assert.equal(created.status, 200)
    const id = created.body.refund_reason.id
    assert.match(id, /^refr_/)
    assert.equal(created.body.refund_reason.description, null)
    const updated = await s.request("POST", `/admin/refund-reasons/${id}`, { body: { label: "Goodwill 2" } })
    assert.deepEqual([updated.body.refund_reason.label, updated.body.refund_reason.code], ["Goodwill 2", "goodwill"])
    const noCode = await s.request("POST", "/admin/refund-reasons", { body: { label: "x" } })
    assert.deepEqual(noCode.body, { type: "invalid_data", message: "Invalid request: Field 'code' is required" })
    assert.deepEqual((await s.request("GET", "/admin/refund-reasons/refr_nope")).body, {})
    const unknown = await s.request("POST", "/admin/refund-reasons/refr_nope", { body: { label: "x" } })
    assert.equal(unknown.status, 404)
    assert.deepEqual(unknown.body, { type: "not_found", message: 'RefundReason with id "refr_nope" not found' })
    assert.deepEqual((await s.request("GET", "/admin/refund-reasons?foo=1")).body, {
      type: "invalid_data",
      message: "Invalid request: Unrecognized fields: 'foo'",
    })
    assert.deepEqual((await s.request("DELETE", `/admin/refund-reasons/${id}`)).body, {
      id,
      object: "refund_reason",
      deleted: true,
    })
    assert.equal((await s.request("GET", "/admin/refund-reasons")).body.count, 3)
  })
})
