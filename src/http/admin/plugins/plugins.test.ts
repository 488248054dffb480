import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { testServer, type TestServer } from "../../../test-support/http.js"

describe("GET /admin/plugins", () => {
  let s: TestServer
  before(async () => (s = await testServer()))
  after(() => s.close())

  test("none loaded, in Medusa's envelope; a user is needed", async () => {
    assert.deepEqual((await s.request("GET", "/admin/plugins")).body, { plugins: [] })
    assert.equal((await s.request("GET", "/admin/plugins", { token: null })).status, 401)
  })
})
