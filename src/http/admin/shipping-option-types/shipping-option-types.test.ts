import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { serverSuite } from "../../../test-support/server-suite.js"

describe("admin shipping option types", () => {
  const { s, events } = serverSuite()

  test("create, list (limit 10, q, code), update, delete in Medusa's shapes; events", async () => {
    const r = await s.request("POST", "/admin/shipping-option-types", { body: { label: "Express", code: "express" } })
    assert.equal(r.status, 200, JSON.stringify(r.body))
    const type = r.body.shipping_option_type
    assert.deepEqual(Object.keys(type).sort(), ["code", "created_at", "description", "id", "label", "updated_at"])
    assert.match(type.id, /^sotype_/)
    assert.equal(type.description, null)
    const listed = await s.request("GET", "/admin/shipping-option-types?q=expr&code=express")
    assert.deepEqual([listed.body.count, listed.body.limit, listed.body.shipping_option_types[0].id], [1, 10, type.id])
    const updated = await s.request("POST", `/admin/shipping-option-types/${type.id}`, {
      body: { description: "Next day" },
    })
    assert.equal(updated.body.shipping_option_type.description, "Next day")
    const deleted = await s.request("DELETE", `/admin/shipping-option-types/${type.id}`)
    assert.deepEqual(deleted.body, { id: type.id, object: "shipping_option_type", deleted: true })
    assert.deepEqual(
      events.filter((e) => e.name.startsWith("fulfillment.shipping-option-type")).map((e) => e.name),
      [
        "fulfillment.shipping-option-type.created",
        "fulfillment.shipping-option-type.updated",
        "fulfillment.shipping-option-type.deleted",
      ],
    )
  })

  test("unknown ids and bad bodies as Medusa answers them", async () => {
    const missing = await s.request("GET", "/admin/shipping-option-types/sotype_nope")
    assert.deepEqual([missing.status, missing.body], [200, {}])
    const update = await s.request("POST", "/admin/shipping-option-types/sotype_nope", { body: { label: "y" } })
    assert.deepEqual(
      [update.status, update.body.message],
      [404, 'Shipping option type with id "sotype_nope" not found'],
    )
    const del = await s.request("DELETE", "/admin/shipping-option-types/sotype_nope")
    assert.deepEqual([del.status, del.body.deleted], [200, true])
    const bad = await s.request("POST", "/admin/shipping-option-types", { body: { label: "x" } })
    assert.deepEqual([bad.status, bad.body.message], [400, "Invalid request: Field 'code' is required"])
  })
})
