import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { serverSuite } from "../test-support/server-suite.js"

describe("OpenAPI document", () => {
  const { s } = serverSuite()

  test("/openapi.json is OpenAPI 3.1, generated from the request validators", async () => {
    const r = await s.request("GET", "/openapi.json", { token: null })
    assert.equal(r.status, 200)
    assert.equal(r.body.openapi, "3.1.0")
    const create = r.body.paths["/admin/sales-channels"].post
    const body = create.requestBody.content["application/json"].schema
    assert.deepEqual(body.required, ["name"])
    assert.equal(body.additionalProperties, false)
    assert.deepEqual(create.tags, ["admin"])
    const list = r.body.paths["/store/products"].get
    assert.deepEqual(list.security, [{ publishableKey: [] }])
    assert.ok(list.parameters.some((p: { name: string }) => p.name === "fields"))
    assert.ok(r.body.paths["/admin/api-keys/{id}/sales-channels"].post)
    const profiles = r.body.paths["/admin/shipping-profiles"]
    assert.deepEqual(profiles.post.requestBody.content["application/json"].schema.required, ["name", "type"])
    assert.ok(profiles.get.parameters.some((p: { name: string }) => p.name === "type"))
    assert.ok(r.body.paths["/admin/shipping-profiles/{id}"].delete)
    assert.equal(r.body.paths["/health"], undefined)
    const preview = r.body.paths["/admin/promotions/{id}/preview"].get
    assert.equal(preview.summary, "Explain whether a promotion applies to a cart")
    assert.ok(preview.parameters.some((p: { name: string; required: boolean }) => p.name === "cart_id" && p.required))
  })

  test("/docs serves the Swagger UI page from local files", async () => {
    const page = await fetch(`${s.url}/docs/`)
    assert.equal(page.status, 200)
    assert.match(await page.text(), /swagger-ui/i)
    const spec = await fetch(`${s.url}/docs/json`)
    assert.equal(((await spec.json()) as { openapi: string }).openapi, "3.1.0")
  })
})
