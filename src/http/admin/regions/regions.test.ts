import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { serverSuite } from "../../../test-support/server-suite.js"
import { firstPage, regionKeys } from "../../../test-support/response-keys.js"
import { adminCreate, assertDeletes } from "../../../test-support/admin-requests.js"
import { assertRefused } from "../../../test-support/refusals.js"

const COUNTRY_KEYS = [
  ...["created_at", "deleted_at", "display_name", "iso_2", "iso_3"],
  ...["metadata", "name", "num_code", "region_id", "updated_at"],
]
const ids = (rows: { id: string }[]) => rows.map((r) => r.id)

describe("admin regions", () => {
  const { s, events } = serverSuite()

  const create = adminCreate(s, "/admin/regions", "region")
  const regionCount = async () => (await s.request("GET", "/admin/regions?fields=id&limit=0")).body.count as number

  test("create: codes normalised, name trimmed, countries from the ISO table, Medusa's default fields", async () => {
    events.length = 0
    const region = await create({
      name: "  Europe <b>  ",
      currency_code: "EUR",
      countries: ["DK", "de"],
      metadata: { a: 1 },
      payment_providers: ["pp_system_default"],
    })
    assert.match(region.id, /^reg_[0-9A-Z]{26}$/)
    assert.deepEqual(Object.keys(region).sort(), regionKeys("automatic_taxes"))
    assert.equal(region.name, "Europe <b>")
    assert.equal(region.currency_code, "eur")
    assert.equal(region.automatic_taxes, true)
    assert.deepEqual(region.metadata, { a: 1 })
    assert.equal(region.countries.length, 2)
    const [dk, de] = region.countries
    assert.deepEqual(Object.keys(dk).sort(), COUNTRY_KEYS)
    assert.deepEqual(
      {
        iso_2: dk.iso_2,
        iso_3: dk.iso_3,
        num_code: dk.num_code,
        name: dk.name,
        display_name: dk.display_name,
        region_id: dk.region_id,
        metadata: dk.metadata,
      },
      {
        iso_2: "dk",
        iso_3: "dnk",
        num_code: "208",
        name: "DENMARK",
        display_name: "Denmark",
        region_id: region.id,
        metadata: null,
      },
    )
    assert.equal(de.iso_2, "de")
    assert.deepEqual(
      events.filter((e) => e.name.startsWith("region.")),
      [{ name: "region.created", data: { id: region.id } }],
    )

    const got = await s.request("GET", `/admin/regions/${region.id}`)
    assert.deepEqual(got.body.region, region)
    const withProviders = await s.request("GET", `/admin/regions/${region.id}?fields=id,*payment_providers`)
    assert.deepEqual(Object.keys(withProviders.body.region).sort(), ["id", "payment_providers"])
    const [provider] = withProviders.body.region.payment_providers
    assert.equal(provider.id, "pp_system_default")
    assert.equal(provider.is_enabled, true)
    // the link seen from the provider's side
    const { data } = await s.app.container.query.graph({
      entity: "payment_provider",
      fields: ["id", "regions.id"],
      filters: { id: "pp_system_default" },
    })
    assert.deepEqual(ids(data[0].regions), [region.id])
  })

  test("list: filters, q, paging, default limit 50, fields", async () => {
    const us = await create({
      name: "North America",
      currency_code: "usd",
      countries: ["us", "ca"],
      automatic_taxes: false,
    })
    const listed = await s.request("GET", "/admin/regions")
    assert.equal(listed.status, 200)
    assert.equal(listed.body.limit, 50)
    assert.equal(listed.body.offset, 0)
    assert.ok(listed.body.count >= 2)
    assert.deepEqual(Object.keys(listed.body.regions[0]).sort(), regionKeys("automatic_taxes"))

    const byCurrency = await s.request("GET", "/admin/regions?currency_code=usd&fields=name")
    assert.deepEqual(byCurrency.body.regions, [{ id: us.id, name: "North America" }])
    const byQ = await s.request("GET", "/admin/regions?q=AMERICA&fields=id")
    assert.deepEqual(ids(byQ.body.regions), [us.id])
    const byName = await s.request("GET", `/admin/regions?name[]=North%20America&id[]=${us.id}&fields=id`)
    assert.deepEqual(ids(byName.body.regions), [us.id])
    const byOr = await s.request(
      "GET",
      "/admin/regions?$or[0][name]=North%20America&$or[1][currency_code]=nope&fields=id",
    )
    assert.deepEqual(ids(byOr.body.regions), [us.id])
    const paged = await s.request("GET", "/admin/regions?limit=1&offset=1&order=-created_at&fields=id")
    assert.equal(paged.body.regions.length, 1)
    assert.equal(paged.body.limit, 1)
    assert.equal(paged.body.offset, 1)
    const countries = await s.request("GET", `/admin/regions/${us.id}?fields=countries.iso_2,automatic_taxes`)
    assert.deepEqual(countries.body.region, {
      id: us.id,
      automatic_taxes: false,
      countries: [{ iso_2: "us" }, { iso_2: "ca" }],
    })
    const ignored = await s.request("GET", "/admin/regions?with_deleted=true&fields=id")
    assert.equal(ignored.status, 200)
  })

  test("validation: Medusa's messages, nothing written", async () => {
    const before = await regionCount()
    const bodies: [unknown, number, string, string][] = [
      [{ currency_code: "eur" }, 400, "invalid_data", "Invalid request: Field 'name' is required"],
      [{ name: "x" }, 400, "invalid_data", "Invalid request: Field 'currency_code' is required"],
      [{ name: "x", currency_code: "eur", foo: 1 }, 400, "invalid_data", "Invalid request: Unrecognized fields: 'foo'"],
      [
        { name: 1, currency_code: "eur" },
        400,
        "invalid_data",
        "Invalid request: Expected type: 'string' for field 'name', got: '1'",
      ],
      [
        { name: "x", currency_code: "eur", countries: "dk" },
        400,
        "invalid_data",
        "Invalid request: Expected type: 'array' for field 'countries', got: 'dk'",
      ],
      [
        { name: "x", currency_code: "eur", countries: ["fr", "FR"] },
        400,
        "invalid_data",
        'Countries with codes: "fr" are already assigned to a region',
      ],
      [
        { name: "x", currency_code: "eur", countries: ["xx", "yy", "fr"] },
        400,
        "invalid_data",
        'Countries with codes: "xx, yy" do not exist',
      ],
      [
        { name: "x", currency_code: "eur", countries: ["fr", "dk", "de"] },
        400,
        "invalid_data",
        'Countries with codes: "de, dk" are already assigned to a region',
      ],
      [
        { name: "x", currency_code: "eur", countries: ["fr"], payment_providers: ["pp_nope", "pp_system_default"] },
        404,
        "not_found",
        "Payment providers with ids pp_nope not found or not enabled",
      ],
    ]
    for (const [body, status, type, message] of bodies) {
      const r = await s.request("POST", "/admin/regions", { body })
      assert.equal(r.status, status, JSON.stringify(body))
      assert.deepEqual(r.body, { type, message })
    }
    assert.equal(await regionCount(), before)
    // fr stayed free through all of it
    const fr = await create({ name: "France", currency_code: "eur", countries: ["fr"] })
    assert.equal(fr.countries[0].iso_2, "fr")
    const badQuery = await s.request("GET", "/admin/regions?foo=1")
    assert.deepEqual(badQuery.body, { type: "invalid_data", message: "Invalid request: Unrecognized fields: 'foo'" })
    const badRetrieve = await s.request("GET", `/admin/regions/${fr.id}?limit=1`)
    assertRefused(badRetrieve, 400, "Invalid request: Unrecognized fields: 'limit'", "badRetrieve")
    const missing = await s.request("GET", "/admin/regions/reg_missing")
    assert.deepEqual(missing.body, { type: "not_found", message: "Region with id: reg_missing not found" })
    assert.equal(missing.status, 404)
  })

  test("update: countries and providers replaced, metadata merged, 404, refused updates write nothing", async () => {
    const region = await create({
      name: "Nordics",
      currency_code: "sek",
      countries: ["se", "no"],
      metadata: { keep: 1, drop: 2 },
    })
    events.length = 0
    const updated = await s.request(
      "POST",
      `/admin/regions/${region.id}?fields=*countries,*payment_providers,metadata,name`,
      {
        body: {
          countries: ["fi", "SE"],
          payment_providers: ["pp_system_default"],
          metadata: { drop: "", add: 3 },
          name: "Nordic",
        },
      },
    )
    assert.equal(updated.status, 200)
    const r = updated.body.region
    assert.equal(r.name, "Nordic")
    assert.deepEqual(r.metadata, { keep: 1, add: 3 })
    assert.deepEqual(
      r.countries.map((c: { iso_2: string }) => c.iso_2),
      ["fi", "se"],
    )
    assert.deepEqual(ids(r.payment_providers), ["pp_system_default"])
    assert.deepEqual(
      events.filter((e) => e.name.startsWith("region.")),
      [{ name: "region.updated", data: { id: region.id } }],
    )
    // no is free again
    const norway = await create({ name: "Norway", currency_code: "nok", countries: ["no"] })

    const cleared = await s.request("POST", `/admin/regions/${region.id}?fields=countries.iso_2,payment_providers.id`, {
      body: { payment_providers: [] },
    })
    assert.deepEqual(cleared.body.region, {
      id: region.id,
      countries: [{ iso_2: "fi" }, { iso_2: "se" }],
      payment_providers: [],
    })

    const taken = await s.request("POST", `/admin/regions/${region.id}`, {
      body: { countries: ["fi", "no"], name: "Changed" },
    })
    assertRefused(taken, 400, 'Countries with codes: "no" are already assigned to a region', "taken")
    const badProvider = await s.request("POST", `/admin/regions/${region.id}`, {
      body: { payment_providers: ["pp_x"], name: "Changed" },
    })
    assert.equal(badProvider.status, 404)
    const unchanged = await s.request("GET", `/admin/regions/${region.id}?fields=name,countries.iso_2`)
    assert.deepEqual(unchanged.body.region, {
      id: region.id,
      name: "Nordic",
      countries: [{ iso_2: "fi" }, { iso_2: "se" }],
    })
    assert.equal(
      (await s.request("GET", `/admin/regions/${norway.id}?fields=countries.iso_2`)).body.region.countries[0].iso_2,
      "no",
    )

    const unknown = await s.request("POST", "/admin/regions/reg_missing", { body: { name: "x" } })
    assert.deepEqual(unknown.body, { type: "not_found", message: 'Region with id "reg_missing" not found' })
    const strict = await s.request("POST", `/admin/regions/${region.id}`, { body: { automatic_taxes: "no" } })
    assertRefused(
      strict,
      400,
      "Invalid request: Expected type: 'boolean' for field 'automatic_taxes', got: 'no'",
      "strict",
    )
  })

  test("delete: soft, countries freed, provider links gone from both sides, unknown id is fine", async () => {
    const region = await create({
      name: "Temp",
      currency_code: "chf",
      countries: ["ch"],
      payment_providers: ["pp_system_default"],
    })
    await assertDeletes(s, events, `/admin/regions/${region.id}`, "region", region.id)
    assert.equal((await s.request("GET", `/admin/regions/${region.id}`)).status, 404)
    const listed = await s.request("GET", `/admin/regions?id=${region.id}`)
    assert.equal(listed.body.count, 0)
    const { data } = await s.app.container.query.graph({
      entity: "payment_provider",
      fields: ["id", "regions.id"],
      filters: { id: "pp_system_default" },
    })
    assert.ok(!ids(data[0].regions).includes(region.id))
    const pivots = await s.app.container.query.graph({
      entity: "region_payment_provider",
      fields: ["id"],
      filters: { region_id: region.id },
    })
    assert.equal(pivots.data.length, 0)
    const again = await create({ name: "Switzerland", currency_code: "chf", countries: ["ch"] })
    assert.equal(again.countries[0].iso_2, "ch")
    const unknown = await s.request("DELETE", "/admin/regions/reg_missing")
    assert.deepEqual(unknown.body, { id: "reg_missing", object: "region", deleted: true })
  })

  test("concurrent creates claiming one country: exactly one wins, the others get Medusa's message", async () => {
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        s.request("POST", "/admin/regions", { body: { name: `Race ${i}`, currency_code: "eur", countries: ["pt"] } }),
      ),
    )
    assert.equal(results.filter((r) => r.status === 200).length, 1)
    for (const r of results.filter((x) => x.status !== 200)) {
      assertRefused(r, 400, 'Countries with codes: "pt" are already assigned to a region', "r")
    }
    const racers = await s.request("GET", "/admin/regions?q=Race&fields=id")
    assert.equal(racers.body.count, 1)
  })

  test("payment providers: the boot's system provider, filters, strict query", async () => {
    const listed = await s.request("GET", "/admin/payments/payment-providers")
    assert.deepEqual(listed.body, firstPage("payment_providers", [{ id: "pp_system_default", is_enabled: true }], 20))
    const disabled = await s.request("GET", "/admin/payments/payment-providers?is_enabled=false")
    assert.deepEqual(disabled.body.payment_providers, [])
    const byId = await s.request("GET", "/admin/payments/payment-providers?id[]=pp_system_default&fields=id")
    assert.deepEqual(byId.body.payment_providers, [{ id: "pp_system_default" }])
    const bad = await s.request("GET", "/admin/payments/payment-providers?foo=1")
    assert.deepEqual(bad.body, { type: "invalid_data", message: "Invalid request: Unrecognized fields: 'foo'" })
  })
})
