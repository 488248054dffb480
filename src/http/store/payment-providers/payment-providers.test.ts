import assert from "node:assert/strict"
import { before, describe, test } from "node:test"
import { serverSuite } from "../../../test-support/server-suite.js"

describe("store payment providers", () => {
  const { s } = serverSuite()
  let withManual: string
  let without: string
  before(async () => {
    // a second provider, enabled but linked to no region, must not be listed
    await s.app.container.modules.payment.createPaymentProviders({ id: "pp_other_provider", is_enabled: true })
    const region = (body: object) =>
      s.request("POST", "/admin/regions", { body }).then((r) => r.body.region.id as string)
    withManual = await region({ name: "With manual", currency_code: "usd", payment_providers: ["pp_system_default"] })
    without = await region({ name: "Without", currency_code: "eur" })
  })

  const get = (query: string) =>
    s.request("GET", `/store/payment-providers${query}`, { token: null, key: s.publishableKey })

  test("lists the region's providers in Medusa's list envelope", async () => {
    const listed = await get(`?region_id=${withManual}`)
    assert.equal(listed.status, 200)
    assert.deepEqual(listed.body, {
      payment_providers: [{ id: "pp_system_default", is_enabled: true }],
      count: 1,
      offset: 0,
      limit: 20,
    })
    assert.deepEqual((await get(`?region_id=${without}`)).body, {
      payment_providers: [],
      count: 0,
      offset: 0,
      limit: 20,
    })
    assert.deepEqual((await get("?region_id=reg_unknown")).body, {
      payment_providers: [],
      count: 0,
      offset: 0,
      limit: 20,
    })
    const paged = await get(`?region_id=${withManual}&limit=1&offset=1&fields=id`)
    assert.deepEqual(paged.body, { payment_providers: [], count: 1, offset: 1, limit: 1 })
  })

  test("refuses a request without a region, other filters, and a missing key", async () => {
    assert.deepEqual((await get("")).body, {
      type: "invalid_data",
      message: "Invalid request: Field 'region_id' is required",
    })
    const empty = await get("?region_id=")
    assert.equal(empty.status, 400)
    assert.deepEqual(empty.body, {
      type: "not_allowed",
      message: "You must provide the region_id to list payment providers",
    })
    const filtered = await get(`?region_id=${withManual}&is_enabled=true`)
    assert.equal(filtered.status, 400)
    assert.deepEqual(filtered.body, {
      type: "invalid_data",
      message: "Invalid request: Unrecognized fields: 'is_enabled'",
    })
    const keyless = await s.request("GET", `/store/payment-providers?region_id=${withManual}`, { token: null })
    assert.equal(keyless.status, 400)
  })
})
