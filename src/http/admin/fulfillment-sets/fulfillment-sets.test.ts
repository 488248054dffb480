import assert from "node:assert/strict"
import { before, describe, test } from "node:test"
import { ident, sql } from "../../../framework/sql/sql.js"
import { serverSuite } from "../../../test-support/server-suite.js"
import { firstPage } from "../../../test-support/response-keys.js"

const SET_KEYS = ["created_at", "deleted_at", "id", "name", "service_zones", "type", "updated_at"]
const ZONE_KEYS = [
  ...["created_at", "deleted_at", "fulfillment_set_id", "geo_zones"],
  ...["id", "metadata", "name", "updated_at"],
]
const GEO_KEYS = [
  ...["city", "country_code", "created_at", "deleted_at", "id", "metadata"],
  ...["postal_expression", "province_code", "service_zone_id", "type", "updated_at"],
]

describe("admin fulfillment sets, service zones and fulfillment providers", () => {
  const { s, events } = serverSuite()
  let location: string
  let setId: string
  before(async () => {
    location = (await s.request("POST", "/admin/stock-locations", { body: { name: "Ships" } })).body.stock_location.id
  })

  const count = async (table: string) =>
    Number(
      (
        await s.app.container.db.query<{ n: string }>(
          sql`SELECT count(*) AS n FROM ${ident(table)} WHERE deleted_at IS NULL`,
        )
      )[0].n,
    )
  const refused = async (method: string, path: string, body: unknown, expected: [number, string, string]) => {
    const r = await s.request(method, path, { body })
    assert.deepEqual([r.status, r.body.type, r.body.message], expected)
  }

  test("POST /admin/stock-locations/:id/fulfillment-sets creates a set linked to the location", async () => {
    events.length = 0
    const r = await s.request("POST", `/admin/stock-locations/${location}/fulfillment-sets?fields=*fulfillment_sets`, {
      body: { name: "Ships shipping", type: "shipping" },
    })
    assert.equal(r.status, 200, JSON.stringify(r.body))
    const [set] = r.body.stock_location.fulfillment_sets
    assert.match(set.id, /^fuset_/)
    assert.deepEqual([set.name, set.type, set.metadata], ["Ships shipping", "shipping", null])
    setId = set.id
    assert.deepEqual(
      events.filter((e) => !e.name.startsWith("Link")).map((e) => [e.name, e.data.id]),
      [["fulfillment.fulfillment-set.created", set.id]],
    )
  })

  test("fulfillment set refusals: a taken name, bad bodies; an unknown location answers {} and writes nothing", async () => {
    const path = `/admin/stock-locations/${location}/fulfillment-sets`
    await refused("POST", path, { name: "Ships shipping", type: "pickup" }, [
      400,
      "invalid_data",
      "Fulfillment set with name: Ships shipping, already exists.",
    ])
    await refused("POST", path, { name: "x" }, [400, "invalid_data", "Invalid request: Field 'type' is required"])
    await refused("POST", path, { name: "x", type: "shipping", x: 1 }, [
      400,
      "invalid_data",
      "Invalid request: Unrecognized fields: 'x'",
    ])
    const before = await count("fulfillment_set")
    const r = await s.request("POST", "/admin/stock-locations/sloc_nope/fulfillment-sets", {
      body: { name: "Orphan", type: "shipping" },
    })
    assert.deepEqual([r.status, r.body], [200, {}])
    assert.equal(await count("fulfillment_set"), before)
  })

  test("fulfillment providers: manual_manual exists; linked to a location; listed by location and is_enabled", async () => {
    const all = await s.request("GET", "/admin/fulfillment-providers")
    assert.deepEqual(all.body, firstPage("fulfillment_providers", [{ id: "manual_manual", is_enabled: true }], 50))
    const none = await s.request("GET", `/admin/fulfillment-providers?stock_location_id=${location}`)
    assert.equal(none.body.count, 0)
    const linked = await s.request(
      "POST",
      `/admin/stock-locations/${location}/fulfillment-providers?fields=fulfillment_providers.id`,
      {
        body: { add: ["manual_manual", "nope_nope"] },
      },
    )
    assert.equal(linked.status, 200)
    // an unknown provider is skipped (Medusa stores a dangling link and shows it as null)
    assert.deepEqual(linked.body.stock_location.fulfillment_providers, [{ id: "manual_manual" }])
    const byLocation = await s.request(
      "GET",
      `/admin/fulfillment-providers?stock_location_id=${location}&is_enabled=true`,
    )
    assert.deepEqual(byLocation.body.fulfillment_providers, [{ id: "manual_manual", is_enabled: true }])
    const bad = await s.request("GET", "/admin/fulfillment-providers?nope=1")
    assert.deepEqual([bad.status, bad.body.message], [400, "Invalid request: Unrecognized fields: 'nope'"])
    const removed = await s.request(
      "POST",
      `/admin/stock-locations/${location}/fulfillment-providers?fields=*fulfillment_providers`,
      {
        body: { remove: ["manual_manual"] },
      },
    )
    assert.deepEqual(removed.body.stock_location.fulfillment_providers, [])
    await s.request("POST", `/admin/stock-locations/${location}/fulfillment-providers`, {
      body: { add: ["manual_manual"] },
    })
  })

  let zoneId: string
  test("POST /admin/fulfillment-sets/:id/service-zones: the zone and its geo zones, the set in Medusa's default fields", async () => {
    events.length = 0
    const r = await s.request("POST", `/admin/fulfillment-sets/${setId}/service-zones`, {
      body: {
        name: "Europe",
        geo_zones: [
          { type: "country", country_code: "fr", extra: "dropped" },
          { type: "zip", country_code: "us", province_code: "ca", city: "LA", postal_expression: { a: 1 } },
        ],
      },
    })
    assert.equal(r.status, 200, JSON.stringify(r.body))
    const set = r.body.fulfillment_set
    assert.deepEqual(Object.keys(set).sort(), SET_KEYS)
    const [zone] = set.service_zones
    assert.deepEqual(Object.keys(zone).sort(), ZONE_KEYS)
    assert.deepEqual(Object.keys(zone.geo_zones[0]).sort(), GEO_KEYS)
    assert.deepEqual(
      zone.geo_zones
        .map((g: Record<string, unknown>) => [g.type, g.country_code, g.province_code, g.city, g.postal_expression])
        .sort(),
      [
        ["country", "fr", null, null, null],
        ["zip", "us", "ca", "LA", { a: 1 }],
      ],
    )
    zoneId = zone.id
    assert.deepEqual(events.map((e) => e.name).sort(), [
      "fulfillment.geo-zone.created",
      "fulfillment.geo-zone.created",
      "fulfillment.service-zone.created",
    ])
  })

  test("service zone refusals in Medusa's words write nothing", async () => {
    const before = [await count("service_zone"), await count("geo_zone")]
    const path = `/admin/fulfillment-sets/${setId}/service-zones`
    await refused("POST", path, { name: "Europe" }, [
      400,
      "invalid_data",
      "Service zone with name: Europe, already exists.",
    ])
    await refused("POST", path, { geo_zones: [] }, [400, "invalid_data", "Invalid request: Field 'name' is required"])
    for (const geo of [
      { type: "planet", country_code: "us" },
      { type: "province", country_code: "us" },
      { country_code: "us" },
    ]) {
      await refused("POST", path, { name: "Bad", geo_zones: [geo] }, [
        400,
        "invalid_data",
        "Invalid request: Field 'geo_zones, 0, type' is required",
      ])
    }
    await refused("POST", "/admin/fulfillment-sets/fuset_nope/service-zones", { name: "Nowhere" }, [
      404,
      "not_found",
      "You tried to set relationship fulfillment_set_id: fuset_nope, but such entity does not exist",
    ])
    assert.deepEqual([await count("service_zone"), await count("geo_zone")], before)
  })

  test("GET a service zone: Medusa's defaults (no metadata), found by its id alone; 404 in its words", async () => {
    const r = await s.request("GET", `/admin/fulfillment-sets/fuset_other/service-zones/${zoneId}`)
    assert.equal(r.status, 200)
    assert.deepEqual(Object.keys(r.body.service_zone).sort(), [
      "created_at",
      "deleted_at",
      "geo_zones",
      "id",
      "name",
      "updated_at",
    ])
    const missing = await s.request("GET", `/admin/fulfillment-sets/${setId}/service-zones/serzo_nope`)
    assert.deepEqual([missing.status, missing.body.message], [404, "Service zone with id: serzo_nope not found"])
  })

  test("POST a service zone: renames it; geo_zones is the new list (kept by id, others created, the rest deleted)", async () => {
    const current = (await s.request("GET", `/admin/fulfillment-sets/${setId}/service-zones/${zoneId}`)).body
      .service_zone
    const france = current.geo_zones.find((g: { country_code: string }) => g.country_code === "fr")
    const r = await s.request("POST", `/admin/fulfillment-sets/${setId}/service-zones/${zoneId}`, {
      body: {
        name: "Western Europe",
        geo_zones: [
          { id: france.id, type: "country", country_code: "fr" },
          { type: "country", country_code: "de" },
        ],
      },
    })
    assert.equal(r.status, 200, JSON.stringify(r.body))
    const [zone] = r.body.fulfillment_set.service_zones
    assert.equal(zone.name, "Western Europe")
    assert.deepEqual(zone.geo_zones.map((g: { country_code: string }) => g.country_code).sort(), ["de", "fr"])
    assert.ok(zone.geo_zones.some((g: { id: string }) => g.id === france.id))
    await refused("POST", `/admin/fulfillment-sets/fuset_nope/service-zones/${zoneId}`, { name: "x" }, [
      404,
      "not_found",
      "FulfillmentSet with id: fuset_nope was not found",
    ])
    await refused("POST", `/admin/fulfillment-sets/${setId}/service-zones/serzo_nope`, { name: "x" }, [
      404,
      "not_found",
      "Service zone with id: serzo_nope not found on fulfillment set",
    ])
  })

  test("DELETE a service zone: Medusa's envelope with the set as parent; then 404", async () => {
    const other = await s.request("POST", `/admin/fulfillment-sets/${setId}/service-zones`, {
      body: { name: "Gone soon" },
    })
    const gone = other.body.fulfillment_set.service_zones.find((z: { name: string }) => z.name === "Gone soon").id
    const r = await s.request("DELETE", `/admin/fulfillment-sets/${setId}/service-zones/${gone}`)
    assert.equal(r.status, 200)
    assert.deepEqual([r.body.id, r.body.object, r.body.deleted, r.body.parent.id], [gone, "service_zone", true, setId])
    assert.equal(r.body.parent.service_zones.length, 2)
    await refused("DELETE", `/admin/fulfillment-sets/${setId}/service-zones/${gone}`, undefined, [
      404,
      "not_found",
      `Service zone with id: ${gone} not found on fulfillment set`,
    ])
  })

  test("DELETE /admin/fulfillment-sets/:id: the set, its zones and geo zones and its location link go; an unknown id answers deleted", async () => {
    const r = await s.request("DELETE", `/admin/fulfillment-sets/${setId}`)
    assert.deepEqual([r.status, r.body], [200, { id: setId, object: "fulfillment_set", deleted: true }])
    assert.deepEqual([await count("fulfillment_set"), await count("service_zone"), await count("geo_zone")], [0, 0, 0])
    const loc = await s.request("GET", `/admin/stock-locations/${location}?fields=*fulfillment_sets`)
    assert.deepEqual(loc.body.stock_location.fulfillment_sets, [])
    const unknown = await s.request("DELETE", "/admin/fulfillment-sets/fuset_nope")
    assert.deepEqual([unknown.status, unknown.body.deleted], [200, true])
  })

  test("deleting a stock location deletes its fulfillment sets with their zones, as Medusa's link cascades", async () => {
    const other = (await s.request("POST", "/admin/stock-locations", { body: { name: "Closing" } })).body.stock_location
      .id
    const set = await s.request("POST", `/admin/stock-locations/${other}/fulfillment-sets?fields=fulfillment_sets.id`, {
      body: { name: "Closing set", type: "pickup" },
    })
    const closingSet = set.body.stock_location.fulfillment_sets[0].id
    await s.request("POST", `/admin/fulfillment-sets/${closingSet}/service-zones`, {
      body: { name: "Closing zone", geo_zones: [{ type: "country", country_code: "it" }] },
    })
    events.length = 0
    assert.equal((await s.request("DELETE", `/admin/stock-locations/${other}`)).status, 200)
    assert.deepEqual([await count("fulfillment_set"), await count("service_zone"), await count("geo_zone")], [0, 0, 0])
    assert.ok(events.some((e) => e.name === "fulfillment.fulfillment-set.deleted" && e.data.id === closingSet))
  })
})
