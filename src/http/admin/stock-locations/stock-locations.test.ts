import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { ident, sql } from "../../../framework/sql/sql.js"
import { serverSuite } from "../../../test-support/server-suite.js"
import {
  adminCreate,
  createChannel,
  channelPivotRows,
  testNoCredentials,
} from "../../../test-support/admin-requests.js"
import { assertRefused } from "../../../test-support/refusals.js"

const DEFAULT_KEYS = ["address", "created_at", "id", "metadata", "name", "updated_at"]
const ADDRESS_KEYS = [
  ...["address_1", "address_2", "city", "country_code", "id"],
  ...["metadata", "phone", "postal_code", "province"],
]
const ids = (rows: { id: string }[]) => rows.map((r) => r.id)

describe("admin stock locations", () => {
  const { s, events } = serverSuite()

  const create = adminCreate(s, "/admin/stock-locations", "stock_location")
  const channel = (name: string) => createChannel(s, name)
  const count = async (table: string) =>
    Number((await s.app.container.db.query<{ n: string }>(sql`SELECT count(*) AS n FROM ${ident(table)}`))[0].n)
  const pivotRows = (locationId: string, withDeleted = false) =>
    channelPivotRows(s, "sales_channel_location", { stock_location_id: locationId }, withDeleted)

  testNoCredentials(s, "/admin/stock-locations")

  test("create without an address: address null; with one: Medusa's default fields; name trimmed", async () => {
    events.length = 0
    const bare = await create({ name: "  Main <b>warehouse</b>  " })
    assert.deepEqual(Object.keys(bare).sort(), DEFAULT_KEYS)
    assert.match(bare.id, /^sloc_[0-9A-Z]{26}$/)
    assert.equal(bare.name, "Main <b>warehouse</b>")
    assert.equal(bare.address, null)
    assert.equal(bare.metadata, null)
    assert.deepEqual(
      events.map((e) => [e.name, e.data.id]),
      [
        ["stock-location.created", bare.id],
        ["stock_location.stock-location.created", bare.id],
      ],
    )

    const full = await create({
      name: "Austin",
      metadata: { a: 1 },
      address: {
        address_1: "1 Main St",
        country_code: "us",
        city: "Austin",
        company: "ACME",
        phone: null,
        ignored: "x",
      },
    })
    assert.deepEqual(full.metadata, { a: 1 })
    assert.deepEqual(Object.keys(full.address).sort(), ADDRESS_KEYS)
    assert.match(full.address.id, /^laddr_[0-9A-Z]{26}$/)
    assert.deepEqual(
      { ...full.address, id: undefined },
      {
        id: undefined,
        address_1: "1 Main St",
        address_2: null,
        city: "Austin",
        country_code: "us",
        phone: null,
        province: null,
        postal_code: null,
        metadata: null,
      },
    )
    const extra = await s.request("GET", `/admin/stock-locations/${full.id}?fields=%2Baddress_id,%2Baddress.company`)
    assert.equal(extra.body.stock_location.address_id, full.address.id)
    assert.equal(extra.body.stock_location.address.company, "ACME")
    const got = await s.request("GET", `/admin/stock-locations/${full.id}`)
    assert.deepEqual(got.body.stock_location, full)
    const only = await s.request("POST", "/admin/stock-locations?fields=name", { body: { name: "Fields" } })
    assert.deepEqual(Object.keys(only.body.stock_location).sort(), ["id", "name"])
  })

  test("create validation and address reuse rules; nothing written when refused", async () => {
    const before = [await count("stock_location"), await count("stock_location_address")]
    const cases: [unknown, string][] = [
      [{}, "Invalid request: Field 'name' is required"],
      [{ name: 5 }, "Invalid request: Expected type: 'string' for field 'name', got: '5'"],
      [{ name: "x", foo: 1 }, "Invalid request: Unrecognized fields: 'foo'"],
      [
        { name: "x", address: { city: "a" } },
        "Invalid request: Field 'address, address_1' is required; Field 'address, country_code' is required",
      ],
      [{ name: "x", address: null }, "Invalid request: Expected type: 'object' for field 'address', got: 'null'"],
      [{ name: "x", address: "x" }, "Invalid request: Expected type: 'object' for field 'address', got: 'x'"],
      [{ name: "x", metadata: "x" }, "Invalid request: Expected type: 'record' for field 'metadata', got: 'x'"],
      [
        { name: "x", address: { address_1: "a", country_code: "us", phone: 5 } },
        "Invalid request: Expected type: 'string' for field 'address, phone', got: '5'",
      ],
    ]
    for (const [body, message] of cases) {
      const r = await s.request("POST", "/admin/stock-locations", { body })
      assert.deepEqual([r.status, r.body], [400, { type: "invalid_data", message }])
    }
    const unknown = await s.request("POST", "/admin/stock-locations", { body: { name: "x", address_id: "laddr_nope" } })
    assert.deepEqual(
      [unknown.status, unknown.body],
      [
        404,
        {
          type: "not_found",
          message: "You tried to set relationship address_id: laddr_nope, but such entity does not exist",
        },
      ],
    )
    assert.deepEqual([await count("stock_location"), await count("stock_location_address")], before)

    // an address in use cannot be taken; the address of a deleted location can
    const owner = await create({ name: "Owner", address: { address_1: "a", country_code: "fr" } })
    const taken = await s.request("POST", "/admin/stock-locations", {
      body: { name: "Thief", address_id: owner.address.id },
    })
    assertRefused(taken, 400, `Stock location with address_id: ${owner.address.id}, already exists.`, "taken")
    // a new address wins over address_id (Medusa)
    const both = await create({
      name: "Both",
      address_id: owner.address.id,
      address: { address_1: "b", country_code: "de" },
    })
    assert.notEqual(both.address.id, owner.address.id)
    assert.equal(both.address.address_1, "b")

    const free = await create({ name: "Addressless" })
    const addrOnly = await s.app.container.transaction((tx) =>
      tx.modules.stock_location.createStockLocationAddresses({ address_1: "Spare", country_code: "it" }),
    )
    const reused = await create({ name: "Reuser", address_id: addrOnly.id })
    assert.equal(reused.address.id, addrOnly.id)
    assert.equal(reused.address.address_1, "Spare")
    assert.ok(free)
  })

  test("retrieve and update: 404 text, name/metadata/address updates, an address created when missing", async () => {
    const r = await s.request("GET", "/admin/stock-locations/sloc_missing")
    assertRefused(r, 404, "Stock location with id: sloc_missing was not found", "r")
    const bad = await s.request("GET", "/admin/stock-locations/sloc_missing?foo=1")
    assert.deepEqual(bad.body, { type: "invalid_data", message: "Invalid request: Unrecognized fields: 'foo'" })

    const loc = await create({
      name: "Update me",
      metadata: { a: 1, b: 2 },
      address: { address_1: "1 Rue", country_code: "fr", city: "Paris" },
    })
    events.length = 0
    const upd = await s.request("POST", `/admin/stock-locations/${loc.id}`, {
      body: { name: " Renamed ", metadata: { b: "", c: 3 } },
    })
    assert.equal(upd.status, 200)
    assert.equal(upd.body.stock_location.name, "Renamed")
    assert.deepEqual(upd.body.stock_location.metadata, { a: 1, c: 3 })
    assert.deepEqual(
      events.map((e) => e.name),
      ["stock-location.updated", "stock_location.stock-location.updated"],
    )

    // the existing address is updated in place; fields not given stay
    const addr = await s.request("POST", `/admin/stock-locations/${loc.id}`, {
      body: { address: { address_1: "2 Rue", country_code: "fr", phone: "+33" } },
    })
    assert.equal(addr.body.stock_location.address.id, loc.address.id)
    assert.deepEqual(
      [
        addr.body.stock_location.address.address_1,
        addr.body.stock_location.address.city,
        addr.body.stock_location.address.phone,
      ],
      ["2 Rue", "Paris", "+33"],
    )

    // a location without an address gets one
    const bare = await create({ name: "Bare" })
    const given = await s.request("POST", `/admin/stock-locations/${bare.id}`, {
      body: { address: { address_1: "3 Way", country_code: "gb" } },
    })
    assert.match(given.body.stock_location.address.id, /^laddr_/)
    const again = await s.request("GET", `/admin/stock-locations/${bare.id}?fields=address_id`)
    assert.equal(again.body.stock_location.address_id, given.body.stock_location.address.id)

    const cases: [unknown, string][] = [
      [{ foo: 1 }, "Invalid request: Unrecognized fields: 'foo'"],
      [
        { address: { city: "Paris" } },
        "Invalid request: Field 'address, address_1' is required; Field 'address, country_code' is required",
      ],
      [{ name: null }, "Invalid request: Expected type: 'string' for field 'name', got: 'null'"],
    ]
    for (const [body, message] of cases) {
      const res = await s.request("POST", `/admin/stock-locations/${loc.id}`, { body })
      assert.deepEqual([res.status, res.body], [400, { type: "invalid_data", message }])
    }
    // address_id is accepted and ignored on update (Medusa)
    const ignored = await s.request("POST", `/admin/stock-locations/${loc.id}?fields=address_id`, {
      body: { address_id: null },
    })
    assert.equal(ignored.body.stock_location.address_id, loc.address.id)
    const unknown = await s.request("POST", "/admin/stock-locations/sloc_missing", { body: { name: "x" } })
    assert.deepEqual([unknown.status, unknown.body], [200, {}])
  })

  test("list: q over name and address, filters, $or, pagination, order", async () => {
    const a = await create({
      name: "Listed north",
      address: { address_1: "Fjord 1", country_code: "no", city: "Bergen", postal_code: "5003" },
    })
    const b = await create({
      name: "Listed south",
      address: { address_1: "Beach 2", country_code: "es", province: "Malaga" },
    })
    const c = await create({ name: "Listed middle" })

    const q = await s.request("GET", "/admin/stock-locations?q=LISTED&fields=id")
    assert.deepEqual(ids(q.body.stock_locations), [a.id, b.id, c.id])
    assert.deepEqual([q.body.count, q.body.offset, q.body.limit], [3, 0, 20])
    for (const term of ["bergen", "MALAGA", "5003", "fjord"]) {
      const r = await s.request("GET", `/admin/stock-locations?q=${term}&fields=id`)
      assert.equal(r.body.count, 1, term)
    }
    const byName = await s.request(
      "GET",
      "/admin/stock-locations?name[]=Listed%20north&name[]=Listed%20middle&fields=id",
    )
    assert.deepEqual(ids(byName.body.stock_locations), [a.id, c.id])
    const byAddress = await s.request("GET", `/admin/stock-locations?address_id=${b.address.id}&fields=id`)
    assert.deepEqual(ids(byAddress.body.stock_locations), [b.id])
    const byId = await s.request("GET", `/admin/stock-locations?id[]=${a.id},${c.id}&fields=id`)
    assert.deepEqual(ids(byId.body.stock_locations), [a.id, c.id])
    const created = await s.request(
      "GET",
      `/admin/stock-locations?q=listed&created_at[$gte]=${encodeURIComponent(b.created_at)}&fields=id`,
    )
    assert.deepEqual(ids(created.body.stock_locations), [b.id, c.id])
    const or = await s.request(
      "GET",
      "/admin/stock-locations?$or[0][name]=Listed%20north&$or[1][name]=Listed%20south&$or[1][foo]=dropped&fields=id",
    )
    assert.deepEqual(ids(or.body.stock_locations), [a.id, b.id])
    const page = await s.request("GET", "/admin/stock-locations?q=listed&order=-name&limit=1&offset=1&fields=name")
    assert.deepEqual(page.body.stock_locations, [{ id: a.id, name: "Listed north" }])
    assert.deepEqual([page.body.count, page.body.limit, page.body.offset], [3, 1, 1])
    const defaults = await s.request("GET", `/admin/stock-locations?id=${a.id}`)
    assert.deepEqual(Object.keys(defaults.body.stock_locations[0]).sort(), DEFAULT_KEYS)

    for (const [qs, message] of [
      ["city=x", "Invalid request: Unrecognized fields: 'city'"],
      ["limit=-1", "Invalid request: Value for field 'limit' too small, expected at least: '0'"],
    ]) {
      const r = await s.request("GET", `/admin/stock-locations?${qs}`)
      assert.deepEqual([r.status, r.body], [400, { type: "invalid_data", message }])
    }
  })

  test("sales channels: add/remove seen from both sides; unknown ids → 404 with nothing written", async () => {
    const web = await channel("Loc web")
    const pos = await channel("Loc pos")
    const loc = await create({ name: "Linked" })
    const other = await create({ name: "Unlinked" })
    events.length = 0
    const added = await s.request("POST", `/admin/stock-locations/${loc.id}/sales-channels`, {
      body: { add: [web.id, pos.id] },
    })
    assert.equal(added.status, 200)
    assert.deepEqual(Object.keys(added.body.stock_location).sort(), DEFAULT_KEYS)
    assert.equal(events.filter((e) => e.name === "LinkSalesChannelStockLocation.attached").length, 2)

    const withChannels = await s.request("GET", `/admin/stock-locations/${loc.id}?fields=*sales_channels`)
    assert.deepEqual(ids(withChannels.body.stock_location.sales_channels), [web.id, pos.id])
    assert.equal(withChannels.body.stock_location.sales_channels[0].name, "Loc web")
    const fromChannel = await s.request("GET", `/admin/sales-channels/${web.id}?fields=*stock_locations`)
    assert.deepEqual(ids(fromChannel.body.sales_channel.stock_locations), [loc.id])
    const channelsAt = await s.request("GET", `/admin/sales-channels?location_id=${loc.id}&fields=id`)
    assert.deepEqual(ids(channelsAt.body.sales_channels), [web.id, pos.id])
    const locationsOf = await s.request("GET", `/admin/stock-locations?sales_channel_id=${pos.id}&fields=id`)
    assert.deepEqual(ids(locationsOf.body.stock_locations), [loc.id])
    const several = await s.request(
      "GET",
      `/admin/stock-locations?sales_channel_id[]=${pos.id}&sales_channel_id[]=sc_none&fields=id`,
    )
    assert.deepEqual(ids(several.body.stock_locations), [loc.id])
    const none = await s.request("GET", `/admin/stock-locations?sales_channel_id=sc_none&fields=id`)
    assert.deepEqual([none.body.count, none.body.stock_locations], [0, []])

    const bogus = await s.request("POST", `/admin/stock-locations/${loc.id}/sales-channels`, {
      body: { add: ["sc_nope"], remove: [web.id] },
    })
    assertRefused(bogus, 404, "Sales channels with IDs sc_nope do not exist", "bogus")
    const bogusRemove = await s.request("POST", `/admin/stock-locations/${other.id}/sales-channels`, {
      body: { add: [web.id], remove: ["sc_gone"] },
    })
    assert.equal(bogusRemove.status, 404)
    const missing = await s.request("POST", "/admin/stock-locations/sloc_missing/sales-channels", {
      body: { add: [web.id] },
    })
    assertRefused(missing, 404, "Stock location with id: sloc_missing was not found", "missing")
    assert.equal((await pivotRows(loc.id)).length, 2)
    assert.equal((await pivotRows(other.id)).length, 0)
    const shape = await s.request("POST", `/admin/stock-locations/${loc.id}/sales-channels`, { body: { add: "x" } })
    assertRefused(shape, 400, "Invalid request: Expected type: 'array' for field 'add', got: 'x'", "shape")

    const removed = await s.request(
      "POST",
      `/admin/stock-locations/${loc.id}/sales-channels?fields=id,sales_channels.id`,
      { body: { remove: [web.id] } },
    )
    assert.deepEqual(removed.body, { stock_location: { id: loc.id, sales_channels: [{ id: pos.id }] } })
    const webSide = await s.request("GET", `/admin/sales-channels/${web.id}?fields=id,stock_locations.id`)
    assert.deepEqual(webSide.body.sales_channel.stock_locations, [])
  })

  test("delete: soft, links and address go with it, inventory levels stay", async () => {
    const sc = await channel("Delete loc side")
    const loc = await create({ name: "Doomed", address: { address_1: "x", country_code: "us" } })
    await s.request("POST", `/admin/stock-locations/${loc.id}/sales-channels`, { body: { add: [sc.id] } })
    const level = await s.app.container.transaction(async (tx) => {
      const [item] = await tx.modules.inventory.createInventoryItems([{ sku: "doomed-sku", title: "Doomed item" }])
      const [lvl] = await tx.modules.inventory.createInventoryLevels([
        { inventory_item_id: item.id, location_id: loc.id, stocked_quantity: 5 },
      ])
      return lvl
    })
    events.length = 0
    const del = await s.request("DELETE", `/admin/stock-locations/${loc.id}`)
    assert.deepEqual([del.status, del.body], [200, { id: loc.id, object: "stock_location", deleted: true }])
    assert.deepEqual(
      events.map((e) => e.name).filter((n) => !n.startsWith("Link")),
      ["stock-location.deleted", "stock_location.stock-location.deleted"],
    )
    assert.ok(events.some((e) => e.name === "LinkSalesChannelStockLocation.detached"))
    const gone = await s.request("GET", `/admin/stock-locations/${loc.id}`)
    assertRefused(gone, 404, `Stock location with id: ${loc.id} was not found`, "gone")
    const [row] = await s.app.container.db.query(sql`SELECT deleted_at FROM stock_location WHERE id = ${loc.id}::text`)
    assert.notEqual(row.deleted_at, null) // soft
    const [addr] = await s.app.container.db.query(
      sql`SELECT deleted_at FROM stock_location_address WHERE id = ${loc.address.id}::text`,
    )
    assert.notEqual(addr.deleted_at, null)
    assert.deepEqual(await pivotRows(loc.id), [])
    assert.equal((await pivotRows(loc.id, true)).length, 1)
    const side = await s.request("GET", `/admin/sales-channels/${sc.id}?fields=id,*stock_locations`)
    assert.deepEqual(side.body.sales_channel.stock_locations, [])
    assert.equal((await s.request("GET", `/admin/sales-channels?location_id=${loc.id}`)).body.count, 0)
    const [stillThere] = await s.app.container.modules.inventory.listInventoryLevels({ id: level.id })
    assert.equal(stillThere.location_id, loc.id)

    // the freed address may be given to a new location (its address then reads as null, as in Medusa)
    const reuse = await create({ name: "Reuse", address_id: loc.address.id })
    assert.equal(reuse.address, null)
    const unknown = await s.request("DELETE", "/admin/stock-locations/sloc_missing")
    assert.deepEqual(
      [unknown.status, unknown.body],
      [200, { id: "sloc_missing", object: "stock_location", deleted: true }],
    )
  })
})
