import assert from "node:assert/strict"
import { before, describe, test } from "node:test"
import { serverSuite } from "../../../test-support/server-suite.js"
import { paging, regionKeys } from "../../../test-support/response-keys.js"

const MISSING_KEY =
  "Publishable API key required in the request header: x-publishable-api-key. You can manage your keys in settings in the dashboard."
const INVALID_KEY = "A valid publishable key is required to proceed with the request"

describe("store regions", () => {
  const { s } = serverSuite()
  let europe: { id: string }
  let asia: { id: string }
  before(async () => {
    europe = (
      await s.request("POST", "/admin/regions", {
        body: {
          name: "Europe",
          currency_code: "eur",
          countries: ["dk", "de"],
          automatic_taxes: false,
          payment_providers: ["pp_system_default"],
        },
      })
    ).body.region
    asia = (
      await s.request("POST", "/admin/regions", { body: { name: "Asia", currency_code: "jpy", countries: ["jp"] } })
    ).body.region
  })

  const get = (path: string) => s.request("GET", path, { token: null, key: s.publishableKey })

  test("the publishable key gate: missing, unknown, revoked; an admin token opens nothing", async () => {
    const none = await s.request("GET", "/store/regions", { token: null })
    assert.equal(none.status, 400)
    assert.deepEqual(none.body, { type: "not_allowed", message: MISSING_KEY })
    const adminOnly = await s.request("GET", "/store/regions")
    assert.deepEqual(adminOnly.body, { type: "not_allowed", message: MISSING_KEY })
    const unknown = await s.request("GET", `/store/regions/${europe.id}`, { token: null, key: "pk_unknown" })
    assert.equal(unknown.status, 400)
    assert.deepEqual(unknown.body, { type: "not_allowed", message: INVALID_KEY })

    const key = (await s.request("POST", "/admin/api-keys", { body: { title: "to revoke", type: "publishable" } })).body
      .api_key
    assert.equal((await s.request("GET", "/store/regions", { token: null, key: key.token })).status, 200)
    await s.request("POST", `/admin/api-keys/${key.id}/revoke`, { body: {} })
    const revoked = await s.request("GET", "/store/regions", { token: null, key: key.token })
    assert.deepEqual(revoked.body, { type: "not_allowed", message: INVALID_KEY })
  })

  test("list and retrieve with the store's default fields (no automatic_taxes)", async () => {
    const listed = await get("/store/regions")
    assert.equal(listed.status, 200)
    assert.deepEqual(paging(listed.body), { count: 2, offset: 0, limit: 50 })
    const eu = listed.body.regions.find((r: { id: string }) => r.id === europe.id)
    assert.deepEqual(Object.keys(eu).sort(), regionKeys())
    assert.deepEqual(
      eu.countries.map((c: { iso_2: string }) => c.iso_2),
      ["dk", "de"],
    )
    assert.equal(eu.countries[0].display_name, "Denmark")

    const one = await get(`/store/regions/${europe.id}`)
    assert.deepEqual(one.body.region, eu)
    const missing = await get("/store/regions/reg_missing")
    assert.equal(missing.status, 404)
    assert.deepEqual(missing.body, { type: "not_found", message: "Region with id: reg_missing was not found" })
  })

  test("filters, paging and the field allow-list", async () => {
    const byCurrency = await get("/store/regions?currency_code=jpy&fields=name")
    assert.deepEqual(byCurrency.body.regions, [{ id: asia.id, name: "Asia" }])
    const byQ = await get("/store/regions?q=eur&fields=id")
    assert.deepEqual(byQ.body.regions, [{ id: europe.id }])
    // Medusa reads a query-string "null" as null: q=null searches nothing, so filters nothing
    assert.equal((await get("/store/regions?q=null&fields=id")).body.count, 2)
    const ordered = await get("/store/regions?order=-name&fields=name&limit=1")
    assert.deepEqual(ordered.body, { regions: [{ id: europe.id, name: "Europe" }], count: 2, offset: 0, limit: 1 })

    const providers = await get(`/store/regions/${europe.id}?fields=*payment_providers`)
    const [provider] = providers.body.region.payment_providers
    assert.equal(provider.id, "pp_system_default")
    assert.equal(provider.is_enabled, true)
    assert.ok("countries" in providers.body.region)

    // automatic_taxes and countries.region_id are not for storefronts: silently dropped
    const dropped = await get(
      `/store/regions/${europe.id}?fields=automatic_taxes,countries.iso_2,countries.region_id,payment_providers.id`,
    )
    assert.deepEqual(dropped.body.region, {
      id: europe.id,
      countries: [{ iso_2: "dk" }, { iso_2: "de" }],
      payment_providers: [{ id: "pp_system_default" }],
    })

    const badOrder = await get("/store/regions?order=automatic_taxes")
    assert.deepEqual(badOrder.body, { type: "invalid_data", message: "Order field automatic_taxes is not valid" })
    const unknownParam = await get("/store/regions?foo=1")
    assert.deepEqual(unknownParam.body, {
      type: "invalid_data",
      message: "Invalid request: Unrecognized fields: 'foo'",
    })
    const badLimit = await get("/store/regions?limit=-1")
    assert.equal(badLimit.status, 400)
  })

  test("a deleted region disappears from the store", async () => {
    const temp = (await s.request("POST", "/admin/regions", { body: { name: "Temp", currency_code: "usd" } })).body
      .region
    assert.equal((await get(`/store/regions/${temp.id}`)).status, 200)
    await s.request("DELETE", `/admin/regions/${temp.id}`)
    assert.equal((await get(`/store/regions/${temp.id}`)).status, 404)
    assert.equal((await get("/store/regions")).body.count, 2)
  })
})
