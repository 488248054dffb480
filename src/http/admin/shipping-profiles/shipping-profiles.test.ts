import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { sql } from "../../../framework/sql/sql.js"
import { createDefaultsWorkflow } from "../../../workflows/defaults/create-defaults.js"
import { serverSuite } from "../../../test-support/server-suite.js"
import { adminCreate } from "../../../test-support/admin-requests.js"

const KEYS = ["created_at", "id", "metadata", "name", "type", "updated_at"]

describe("admin shipping profiles", () => {
  const { s, events } = serverSuite()

  const rows = async () =>
    await s.app.container.db.query<{ id: string; name: string; deleted_at: string | null }>(
      sql`SELECT id, name, deleted_at FROM shipping_profile ORDER BY id`,
    )
  const create = adminCreate(s, "/admin/shipping-profiles", "shipping_profile")
  const eventsSince = (start: number) =>
    events.slice(start).filter((e) => e.name.startsWith("fulfillment.shipping-profile."))

  test("no credentials → 401 Unauthorized", async () => {
    const r = await s.request("GET", "/admin/shipping-profiles", { token: null })
    assert.deepEqual([r.status, r.body], [401, { message: "Unauthorized" }])
  })

  test("first start made one Default Shipping Profile; restarts (also two at once) add none", async () => {
    const r = await s.request("GET", "/admin/shipping-profiles")
    assert.equal(r.status, 200)
    assert.deepEqual([r.body.count, r.body.offset, r.body.limit], [1, 0, 20])
    const [profile] = r.body.shipping_profiles
    assert.deepEqual(Object.keys(profile).sort(), KEYS)
    assert.match(profile.id, /^sp_[0-9A-Z]{26}$/)
    assert.deepEqual([profile.name, profile.type, profile.metadata], ["Default Shipping Profile", "default", null])
    assert.equal(profile.id, s.defaults.default_shipping_profile_id)
    const again = await Promise.all([createDefaultsWorkflow(s.app.container), createDefaultsWorkflow(s.app.container)])
    assert.deepEqual(
      again.map((d) => d.default_shipping_profile_id),
      [profile.id, profile.id],
    )
    assert.equal((await rows()).length, 1)
  })

  test("create, retrieve, update (metadata merges), list with filters, fields and order", async () => {
    const start = events.length
    const p = await create({ name: "Express", type: "express", metadata: { a: 1, b: 2 } })
    assert.deepEqual(Object.keys(p).sort(), KEYS)
    assert.deepEqual([p.name, p.type, p.metadata], ["Express", "express", { a: 1, b: 2 }])
    assert.match(p.created_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
    assert.deepEqual((await s.request("GET", `/admin/shipping-profiles/${p.id}`)).body, { shipping_profile: p })

    const updated = await s.request("POST", `/admin/shipping-profiles/${p.id}`, {
      body: { type: "fast", metadata: { b: "", c: 3 } },
    })
    assert.equal(updated.status, 200)
    assert.deepEqual(
      [updated.body.shipping_profile.type, updated.body.shipping_profile.metadata],
      ["fast", { a: 1, c: 3 }],
    )
    const fields = await s.request("POST", `/admin/shipping-profiles/${p.id}?fields=id,name`, {
      body: { metadata: null },
    })
    assert.deepEqual(fields.body, { shipping_profile: { id: p.id, name: "Express" } })
    assert.deepEqual(eventsSince(start), [
      { name: "fulfillment.shipping-profile.created", data: { id: p.id } },
      { name: "fulfillment.shipping-profile.updated", data: { id: p.id } },
      { name: "fulfillment.shipping-profile.updated", data: { id: p.id } },
    ])

    const def = s.defaults.default_shipping_profile_id
    const list = async (query: string) => (await s.request("GET", `/admin/shipping-profiles?${query}`)).body
    const ids = (body: { shipping_profiles: { id: string }[] }) => body.shipping_profiles.map((x) => x.id)
    assert.deepEqual(ids(await list("type=fast")), [p.id])
    assert.deepEqual(ids(await list("name=Default%20Shipping%20Profile")), [def])
    assert.deepEqual(ids(await list(`id[]=${p.id}&id[]=sp_nope`)), [p.id])
    assert.deepEqual(ids(await list("q=EXPR")), [p.id]) // beyond Medusa, which ignores q
    assert.deepEqual(ids(await list("order=-name")), [p.id, def])
    assert.deepEqual(ids(await list(`$or[0][type]=default&$or[1][id]=${p.id}&order=name`)), [def, p.id])
    assert.deepEqual(ids(await list(`created_at[$lt]=${encodeURIComponent(p.created_at)}`)), [def])
    const page = await list("limit=1&offset=1&order=name&fields=name")
    assert.deepEqual(page, { shipping_profiles: [{ id: p.id, name: "Express" }], count: 2, offset: 1, limit: 1 })
    const linked = await s.request("GET", `/admin/shipping-profiles/${def}?fields=id,*products_link`)
    assert.deepEqual(linked.body, { shipping_profile: { id: def, products_link: [] } })
  })

  test("validation and duplicate names in Medusa's words, nothing written", async () => {
    const before = await rows()
    const start = events.length
    const cases: [string, string, unknown, string][] = [
      ["POST", "/admin/shipping-profiles", { name: "X" }, "Invalid request: Field 'type' is required"],
      [
        "POST",
        "/admin/shipping-profiles",
        { name: "X", type: "t", foo: 1 },
        "Invalid request: Unrecognized fields: 'foo'",
      ],
      [
        "POST",
        "/admin/shipping-profiles",
        { name: "Default Shipping Profile", type: "t" },
        "Shipping profile with name: Default Shipping Profile, already exists.",
      ],
      ["POST", `/admin/shipping-profiles/${before[0].id}`, { foo: 1 }, "Invalid request: Unrecognized fields: 'foo'"],
    ]
    for (const [method, path, body, message] of cases) {
      const r = await s.request(method, path, { body })
      assert.deepEqual([r.status, r.body], [400, { type: "invalid_data", message }])
    }
    const other = await create({ name: "Other", type: "t" })
    const taken = await s.request("POST", `/admin/shipping-profiles/${other.id}`, {
      body: { name: "Default Shipping Profile" },
    })
    assert.deepEqual(
      [taken.status, taken.body],
      [400, { type: "invalid_data", message: "Shipping profile with name: Default Shipping Profile, already exists." }],
    )
    assert.equal((await s.request("GET", `/admin/shipping-profiles/${other.id}`)).body.shipping_profile.name, "Other")
    assert.deepEqual(
      eventsSince(start).map((e) => e.name),
      ["fulfillment.shipping-profile.created"],
    )
    assert.equal((await rows()).length, before.length + 1)
    const badQuery = await s.request("GET", "/admin/shipping-profiles?foo=1")
    assert.deepEqual(badQuery.body, { type: "invalid_data", message: "Invalid request: Unrecognized fields: 'foo'" })
  })

  test("unknown ids: GET and POST answer 200 {} as Medusa does, DELETE 404", async () => {
    const got = await s.request("GET", "/admin/shipping-profiles/sp_nope")
    assert.deepEqual([got.status, got.body], [200, {}])
    const start = events.length
    const upd = await s.request("POST", "/admin/shipping-profiles/sp_nope", { body: { type: "y" } })
    assert.deepEqual([upd.status, upd.body], [200, {}])
    const del = await s.request("DELETE", "/admin/shipping-profiles/sp_nope")
    assert.deepEqual(
      [del.status, del.body],
      [404, { type: "not_found", message: "ShippingProfile with id: sp_nope was not found" }],
    )
    assert.equal(eventsSince(start).length, 0)
  })

  test("delete: soft delete, then gone from reads, its name free again; a second delete is 404", async () => {
    const p = await create({ name: "Temporary", type: "t" })
    const start = events.length
    const del = await s.request("DELETE", `/admin/shipping-profiles/${p.id}`)
    assert.deepEqual([del.status, del.body], [200, { id: p.id, object: "shipping_profile", deleted: true }])
    assert.deepEqual(eventsSince(start), [{ name: "fulfillment.shipping-profile.deleted", data: { id: p.id } }])
    assert.ok((await rows()).find((r) => r.id === p.id)?.deleted_at)
    assert.deepEqual((await s.request("GET", `/admin/shipping-profiles/${p.id}`)).body, {})
    const listed = await s.request("GET", "/admin/shipping-profiles?fields=id")
    assert.ok(!listed.body.shipping_profiles.some((x: { id: string }) => x.id === p.id))
    const again = await s.request("DELETE", `/admin/shipping-profiles/${p.id}`)
    assert.deepEqual(again.body, { type: "not_found", message: `ShippingProfile with id: ${p.id} was not found` })
    assert.equal((await create({ name: "Temporary", type: "t" })).name, "Temporary")
  })
})
