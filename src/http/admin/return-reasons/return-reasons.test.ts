import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { serverSuite } from "../../../test-support/server-suite.js"
import { firstPage } from "../../../test-support/response-keys.js"

// answers checked side by side with Medusa 2.21.2
describe("admin return reasons", () => {
  const { s } = serverSuite()

  test("none at first; create answers the reason with its parent and children, a child names its parent", async () => {
    assert.deepEqual((await s.request("GET", "/admin/return-reasons")).body, firstPage("return_reasons", [], 20))
    const r = await s.request("POST", "/admin/return-reasons", {
      body: { value: "damaged", label: "Damaged", description: "d" },
    })
    assert.equal(r.status, 200)
    const parent = r.body.return_reason
    assert.match(parent.id, /^rr_[0-9A-Z]{26}$/)
    assert.deepEqual(Object.keys(parent).sort(), [
      "created_at",
      "deleted_at",
      "description",
      "id",
      "label",
      "parent_return_reason",
      "parent_return_reason_id",
      "return_reason_children",
      "updated_at",
      "value",
    ])
    assert.deepEqual(
      [parent.value, parent.label, parent.description, parent.parent_return_reason, parent.return_reason_children],
      ["damaged", "Damaged", "d", null, []],
    )
    const child = await s.request("POST", "/admin/return-reasons", {
      body: { value: "scratched", label: "Scratched", parent_return_reason_id: parent.id },
    })
    assert.equal(child.body.return_reason.parent_return_reason.id, parent.id)
    const again = await s.request("GET", `/admin/return-reasons/${parent.id}`)
    assert.deepEqual(
      again.body.return_reason.return_reason_children.map((c: { value: string }) => c.value),
      ["scratched"],
    )
    const list = await s.request("GET", "/admin/return-reasons?order=value")
    assert.equal(list.body.count, 2)
    assert.deepEqual(Object.keys(list.body.return_reasons[0]).sort(), [
      "created_at",
      "deleted_at",
      "description",
      "id",
      "label",
      "parent_return_reason_id",
      "updated_at",
      "value",
    ])
    assert.deepEqual(
      (await s.request("GET", "/admin/return-reasons?q=scratch")).body.return_reasons.map(
        (x: { value: string }) => x.value,
      ),
      ["scratched"],
    )
  })

  test("update (value and label required, as in Medusa), delete, and Medusa's words for bad input", async () => {
    const { body } = await s.request("POST", "/admin/return-reasons", { body: { value: "late", label: "Late" } })
    const id = body.return_reason.id
    const noValue = await s.request("POST", `/admin/return-reasons/${id}`, { body: { label: "Too late" } })
    assert.equal(noValue.status, 400)
    assert.deepEqual(noValue.body, { type: "invalid_data", message: "Invalid request: Field 'value' is required" })
    const updated = await s.request("POST", `/admin/return-reasons/${id}`, {
      body: { value: "late", label: "Too late" },
    })
    assert.equal(updated.body.return_reason.label, "Too late")
    const missing = await s.request("GET", "/admin/return-reasons/rr_nope")
    assert.equal(missing.status, 404)
    assert.deepEqual(missing.body, { type: "not_found", message: "Return reason with id: rr_nope was not found" })
    assert.equal((await s.request("POST", "/admin/return-reasons", { body: { label: "x" } })).status, 400)
    assert.deepEqual((await s.request("DELETE", `/admin/return-reasons/${id}`)).body, {
      id,
      object: "return_reason",
      deleted: true,
    })
    assert.equal((await s.request("GET", `/admin/return-reasons/${id}`)).status, 404)
  })
})
