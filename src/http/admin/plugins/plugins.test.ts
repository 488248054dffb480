import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { serverSuite } from "../../../test-support/server-suite.js"

describe("GET /admin/plugins", () => {
  const { s } = serverSuite()

  test("none loaded, in Medusa's envelope; a user is needed", async () => {
    assert.deepEqual((await s.request("GET", "/admin/plugins")).body, { plugins: [] })
    assert.equal((await s.request("GET", "/admin/plugins", { token: null })).status, 401)
  })
})
