import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { ident, sql } from "../../../framework/sql/sql.js"
import { serverSuite } from "../../../test-support/server-suite.js"
import { assertRefused } from "../../../test-support/refusals.js"

/** A reservation's default keys, its inventory item embedded. */
const RESERVATION_KEYS = [
  "created_at",
  "description",
  "id",
  "inventory_item",
  "inventory_item_id",
  "line_item_id",
  "location_id",
  "metadata",
  "quantity",
  "updated_at",
]
const ITEM_KEYS = [
  "created_at",
  "description",
  "height",
  "hs_code",
  "id",
  "length",
  "location_levels",
  "material",
  "metadata",
  "mid_code",
  "origin_country",
  "requires_shipping",
  "reserved_quantity",
  "sku",
  "stocked_quantity",
  "thumbnail",
  "title",
  "unit_of_measure",
  "updated_at",
  "weight",
  "width",
]
const LEVEL_KEYS = [
  "available_quantity",
  "created_at",
  "deleted_at",
  "id",
  "incoming_quantity",
  "inventory_item_id",
  "location_id",
  "metadata",
  "raw_incoming_quantity",
  "raw_reserved_quantity",
  "raw_stocked_quantity",
  "reserved_quantity",
  "stocked_quantity",
  "updated_at",
]
const ids = (rows: { id: string }[]) => rows.map((r) => r.id)
const keys = (o: object) => Object.keys(o).sort()

describe("admin inventory items", () => {
  const { s, events } = serverSuite()

  const location = async (name: string) =>
    (await s.request("POST", "/admin/stock-locations", { body: { name } })).body.stock_location
  const item = async (body: Record<string, unknown> = {}) => {
    const r = await s.request("POST", "/admin/inventory-items", { body })
    assert.equal(r.status, 200, JSON.stringify(r.body))
    return r.body.inventory_item
  }
  const count = async (table: string) =>
    Number(
      (
        await s.app.container.db.query<{ n: string }>(
          sql`SELECT count(*) AS n FROM ${ident(table)} WHERE deleted_at IS NULL`,
        )
      )[0].n,
    )
  const namesSince = (start: number) => events.slice(start).map((e) => e.name)
  const reserve = (itemId: string, locationId: string, quantity: number, lineItemId?: string) =>
    s.app.container.transaction(async (tx) => {
      const [r] = await tx.modules.inventory.createReservationItems([
        { inventory_item_id: itemId, location_id: locationId, quantity, line_item_id: lineItemId ?? null },
      ])
      const [level] = await tx.modules.inventory.listInventoryLevels({
        inventory_item_id: itemId,
        location_id: locationId,
      })
      await tx.modules.inventory.updateInventoryLevels(level.id, {
        reserved_quantity: Number(level.reserved_quantity) + quantity,
      })
      return r
    })

  test("no credentials → 401", async () => {
    const r = await s.request("GET", "/admin/inventory-items", { token: null })
    assert.deepEqual([r.status, r.body], [401, { message: "Unauthorized" }])
  })

  test("create with levels: Medusa's default shape, computed quantities, events", async () => {
    const a = await location("A")
    const b = await location("B")
    const start = events.length
    const created = await item({
      sku: "SKU <1>",
      title: "Widget",
      metadata: { x: 1 },
      location_levels: [
        { location_id: a.id, stocked_quantity: 10 },
        { location_id: b.id, stocked_quantity: 5, incoming_quantity: 2 },
      ],
    })
    assert.match(created.id, /^iitem_[0-9A-Z]{26}$/)
    assert.deepEqual(keys(created), ITEM_KEYS)
    assert.deepEqual(
      [created.sku, created.title, created.requires_shipping, created.stocked_quantity, created.reserved_quantity],
      ["SKU <1>", "Widget", true, 15, 0],
    )
    assert.equal(created.location_levels.length, 2)
    const level = created.location_levels[0]
    assert.deepEqual(keys(level), LEVEL_KEYS)
    assert.deepEqual([level.location_id, level.stocked_quantity, level.available_quantity], [a.id, 10, 10])
    assert.deepEqual(level.raw_stocked_quantity, { value: "10", precision: 20 })
    assert.deepEqual(namesSince(start).sort(), [
      "inventory-item.created",
      "inventory-level.created",
      "inventory-level.created",
    ])

    const got = await s.request("GET", `/admin/inventory-items/${created.id}`)
    assert.deepEqual(got.body.inventory_item, created)
    const levels = await s.request("GET", `/admin/inventory-items/${created.id}/location-levels?location_id=${b.id}`)
    assert.deepEqual([levels.body.count, levels.body.limit], [1, 50])
    assert.deepEqual(keys(levels.body.inventory_levels[0]), [
      "available_quantity",
      "created_at",
      "id",
      "incoming_quantity",
      "inventory_item_id",
      "location_id",
      "metadata",
      "reserved_quantity",
      "stocked_quantity",
      "updated_at",
    ])
    assert.equal(levels.body.inventory_levels[0].incoming_quantity, 2)
  })

  test("create: refusals in Medusa's words, nothing written", async () => {
    await item({ sku: "dup-sku" })
    const before = await Promise.all([count("inventory_item"), count("inventory_level")])
    const cases: [Record<string, unknown>, number, string][] = [
      [{ sku: 5 }, 400, "Invalid request: Expected type: 'string' for field 'sku', got: '5'"],
      [{ foo: 1 }, 400, "Invalid request: Unrecognized fields: 'foo'"],
      [{ sku: "dup-sku" }, 400, "Inventory item with sku: dup-sku, already exists."],
      [
        { location_levels: [{ location_id: "sloc_missing" }] },
        404,
        "Stock locations with ids: sloc_missing was not found",
      ],
      [
        { location_levels: [{ location_id: "x", stocked_quantity: -1 }] },
        400,
        "Invalid request: Value for field 'location_levels, 0, stocked_quantity' too small, expected at least: '0'",
      ],
    ]
    for (const [body, status, message] of cases) {
      const r = await s.request("POST", "/admin/inventory-items", { body })
      assertRefused(r, status, message, body)
    }
    assert.deepEqual(await Promise.all([count("inventory_item"), count("inventory_level")]), before)
  })

  test("list: q, sku, location filter, pagination, strict query", async () => {
    const loc = await location("List WH")
    const x = await item({ sku: "list-x", title: "Xylophone" })
    const y = await item({ sku: "list-y", title: "Yoyo", location_levels: [{ location_id: loc.id }] })
    const q = await s.request("GET", "/admin/inventory-items?q=xylo&fields=id")
    assert.deepEqual(ids(q.body.inventory_items), [x.id])
    const bySku = await s.request("GET", "/admin/inventory-items?sku[]=list-x&sku[]=list-y&fields=id")
    assert.deepEqual(ids(bySku.body.inventory_items), [x.id, y.id])
    const atLocation = await s.request("GET", `/admin/inventory-items?location_levels[location_id]=${loc.id}&fields=id`)
    assert.deepEqual(ids(atLocation.body.inventory_items), [y.id])
    const page = await s.request("GET", "/admin/inventory-items?limit=1")
    assert.deepEqual([page.body.limit, page.body.offset, page.body.inventory_items.length], [1, 0, 1])
    assert.equal((await s.request("GET", "/admin/inventory-items")).body.limit, 20)
    const unknown = await s.request("GET", "/admin/inventory-items?foo=1")
    assert.deepEqual(unknown.body, { type: "invalid_data", message: "Invalid request: Unrecognized fields: 'foo'" })
  })

  test("retrieve, update (metadata merges), delete; 404s in Medusa's words", async () => {
    const it = await item({ sku: "upd", metadata: { a: 1, b: 2 } })
    const start = events.length
    const r = await s.request("POST", `/admin/inventory-items/${it.id}`, {
      body: { title: "Renamed", metadata: { a: "", c: 3 }, requires_shipping: false },
    })
    assert.deepEqual(
      [r.body.inventory_item.title, r.body.inventory_item.metadata, r.body.inventory_item.requires_shipping],
      ["Renamed", { b: 2, c: 3 }, false],
    )
    assert.deepEqual(namesSince(start), ["inventory-item.updated"])
    const strict = await s.request("POST", `/admin/inventory-items/${it.id}`, { body: { location_levels: [] } })
    assert.deepEqual(strict.body, {
      type: "invalid_data",
      message: "Invalid request: Unrecognized fields: 'location_levels'",
    })

    const missing = await s.request("GET", "/admin/inventory-items/iitem_missing")
    assert.deepEqual(
      [missing.status, missing.body],
      [404, { type: "not_found", message: "Inventory item with id: iitem_missing was not found" }],
    )
    const updMissing = await s.request("POST", "/admin/inventory-items/iitem_missing", { body: { title: "x" } })
    assert.deepEqual(
      [updMissing.status, updMissing.body],
      [404, { type: "not_found", message: 'InventoryItem with id "iitem_missing" not found' }],
    )

    const del = await s.request("DELETE", `/admin/inventory-items/${it.id}`)
    assert.deepEqual(del.body, { id: it.id, object: "inventory_item", deleted: true })
    assert.equal((await s.request("GET", `/admin/inventory-items/${it.id}`)).status, 404)
    const delMissing = await s.request("DELETE", "/admin/inventory-items/iitem_missing")
    assert.deepEqual(
      [delMissing.status, delMissing.body],
      [200, { id: "iitem_missing", object: "inventory_item", deleted: true }],
    )
  })

  test("deleting an item also unlinks its variants; reserved items cannot be deleted", async () => {
    const loc = await location("Del WH")
    const p = await s.request("POST", "/admin/products", {
      body: {
        title: "Linked item",
        options: [{ title: "Size", values: ["S"] }],
        variants: [{ title: "S", prices: [], options: { Size: "S" } }],
      },
    })
    const variantId = p.body.product.variants[0].id
    const { data } = await s.app.container.query.graph({
      entity: "product_variant_inventory_item",
      fields: ["inventory_item_id"],
      filters: { variant_id: variantId },
    })
    const itemId = data[0].inventory_item_id as string
    await s.request("POST", `/admin/inventory-items/${itemId}/location-levels`, {
      body: { location_id: loc.id, stocked_quantity: 3 },
    })
    await reserve(itemId, loc.id, 1)
    const refused = await s.request("DELETE", `/admin/inventory-items/${itemId}`)
    assert.deepEqual(refused.body, {
      type: "invalid_data",
      message: `Cannot remove following inventory item(s) since they have reservations: [${itemId}].`,
    })

    const other = await item({ sku: "to-unlink" })
    await s.request("POST", `/admin/products/${p.body.product.id}/variants/${variantId}/inventory-items`, {
      body: { inventory_item_id: other.id, required_quantity: 1 },
    })
    await s.request("DELETE", `/admin/inventory-items/${other.id}`)
    const variant = await s.request(
      "GET",
      `/admin/products/${p.body.product.id}/variants/${variantId}?fields=id,inventory_items.inventory_item_id`,
    )
    assert.deepEqual(
      variant.body.variant.inventory_items.map((l: { inventory_item_id: string }) => l.inventory_item_id),
      [itemId],
    )
  })

  test("location levels: create, update, delete one at a time", async () => {
    const loc = await location("Levels WH")
    const empty = await location("Empty WH")
    const it = await item({ sku: "lvl" })
    const start = events.length
    const created = await s.request("POST", `/admin/inventory-items/${it.id}/location-levels`, {
      body: { location_id: loc.id, stocked_quantity: 7 },
    })
    assert.deepEqual([created.status, created.body.inventory_item.stocked_quantity], [200, 7])
    assert.deepEqual(namesSince(start), ["inventory-level.created"])

    const cases: [string, string, Record<string, unknown>, number, string][] = [
      [
        "POST",
        `/admin/inventory-items/${it.id}/location-levels`,
        { location_id: "sloc_missing" },
        404,
        "Stock locations with ids: sloc_missing was not found",
      ],
      [
        "POST",
        `/admin/inventory-items/${it.id}/location-levels`,
        { location_id: loc.id },
        400,
        `Inventory level with inventory_item_id: ${it.id}, location_id: ${loc.id}, already exists.`,
      ],
      [
        "POST",
        "/admin/inventory-items/iitem_missing/location-levels",
        { location_id: loc.id },
        404,
        "You tried to set relationship inventory_item_id: iitem_missing, but such entity does not exist",
      ],
      [
        "POST",
        `/admin/inventory-items/${it.id}/location-levels`,
        { location_id: loc.id, reserved_quantity: 1 },
        400,
        "Invalid request: Unrecognized fields: 'reserved_quantity'",
      ],
      [
        "POST",
        `/admin/inventory-items/${it.id}/location-levels/${loc.id}`,
        { stocked_quantity: "1" },
        400,
        "Invalid request: Expected type: 'number' for field 'stocked_quantity', got: '1'",
      ],
      [
        "POST",
        `/admin/inventory-items/${it.id}/location-levels/${loc.id}`,
        { stocked_quantity: -1 },
        400,
        "Invalid request: Value for field 'stocked_quantity' too small, expected at least: '0'",
      ],
      [
        "POST",
        `/admin/inventory-items/${it.id}/location-levels/${empty.id}`,
        { stocked_quantity: 1 },
        404,
        `Item ${it.id} is not stocked at location ${empty.id}`,
      ],
      [
        "DELETE",
        `/admin/inventory-items/${it.id}/location-levels/${empty.id}`,
        {},
        404,
        `Inventory Level for Item ${it.id} at Location ${empty.id} not found`,
      ],
      [
        "DELETE",
        `/admin/inventory-items/${it.id}/location-levels/${loc.id}`,
        {},
        400,
        `Cannot remove Inventory Levels for ${loc.id} because there are stocked items at the locations. Use force flag to delete anyway.`,
      ],
    ]
    for (const [method, path, body, status, message] of cases) {
      const r = await s.request(method, path, method === "POST" ? { body } : {})
      const type = status === 404 ? "not_found" : message.startsWith("Cannot remove") ? "not_allowed" : "invalid_data"
      assert.deepEqual([r.status, r.body], [status, { type, message }], `${method} ${path} ${JSON.stringify(body)}`)
    }

    const updStart = events.length
    const upd = await s.request("POST", `/admin/inventory-items/${it.id}/location-levels/${loc.id}`, {
      body: { stocked_quantity: 0, incoming_quantity: 4 },
    })
    const level = upd.body.inventory_item.location_levels[0]
    assert.deepEqual(
      [level.stocked_quantity, level.incoming_quantity, upd.body.inventory_item.stocked_quantity],
      [0, 4, 0],
    )
    assert.deepEqual(namesSince(updStart), ["inventory-level.updated"])
    // incoming units do not hold a level back (Medusa's check never reads them)
    const del = await s.request("DELETE", `/admin/inventory-items/${it.id}/location-levels/${loc.id}`)
    assert.equal(del.status, 200, JSON.stringify(del.body))
    assert.deepEqual(
      [del.body.id, del.body.object, del.body.deleted, del.body.parent.id, del.body.parent.location_levels],
      [level.id, "inventory-level", true, it.id, []],
    )
    // the location can be stocked again after a delete
    const again = await s.request("POST", `/admin/inventory-items/${it.id}/location-levels`, {
      body: { location_id: loc.id, stocked_quantity: 1 },
    })
    assert.equal(again.status, 200)
  })

  test("a level with reservations cannot be deleted; quantities show them", async () => {
    const loc = await location("Reserved WH")
    const it = await item({ sku: "res", location_levels: [{ location_id: loc.id, stocked_quantity: 10 }] })
    await reserve(it.id, loc.id, 3)
    const got = (await s.request("GET", `/admin/inventory-items/${it.id}`)).body.inventory_item
    assert.deepEqual(
      [got.stocked_quantity, got.reserved_quantity, got.location_levels[0].available_quantity],
      [10, 3, 7],
    )
    const refused = await s.request("DELETE", `/admin/inventory-items/${it.id}/location-levels/${loc.id}`)
    assert.deepEqual(refused.body, {
      type: "not_allowed",
      message: `Cannot remove Inventory Level ${it.id} at Location ${loc.id} because there are reservations at location`,
    })
  })

  test("global batch: create in bulk, update, delete with force; one workflow", async () => {
    const locs = await Promise.all(["B1", "B2"].map(location))
    const items = await Promise.all(Array.from({ length: 3 }, (_, i) => item({ sku: `batch-${i}` })))
    const start = events.length
    const create = items.flatMap((it, i) =>
      locs.map((l) => ({ inventory_item_id: it.id, location_id: l.id, stocked_quantity: i + 1 })),
    )
    const r = await s.request("POST", "/admin/inventory-items/location-levels/batch", { body: { create } })
    assert.equal(r.status, 200, JSON.stringify(r.body))
    assert.deepEqual(keys(r.body), ["created", "updated"])
    assert.equal(r.body.created.length, 6)
    assert.deepEqual(
      keys(r.body.created[0]),
      LEVEL_KEYS.filter((k) => k !== "available_quantity"),
    )
    assert.deepEqual(r.body.updated, [])
    assert.equal(namesSince(start).filter((n) => n === "inventory-level.created").length, 6)
    const total = await s.request("GET", `/admin/inventory-items/${items[2].id}`)
    assert.equal(total.body.inventory_item.stocked_quantity, 6)

    const toDelete = r.body.created
      .filter((l: { inventory_item_id: string }) => l.inventory_item_id === items[0].id)
      .map((l: { id: string }) => l.id)
    const refused = await s.request("POST", "/admin/inventory-items/location-levels/batch", {
      body: {
        update: [{ inventory_item_id: items[1].id, location_id: locs[0].id, stocked_quantity: 50 }],
        delete: toDelete,
      },
    })
    assert.equal(refused.body.type, "not_allowed")
    assert.equal(
      (await s.request("GET", `/admin/inventory-items/${items[1].id}`)).body.inventory_item.stocked_quantity,
      4,
    )

    const done = await s.request("POST", "/admin/inventory-items/location-levels/batch", {
      body: {
        update: [{ inventory_item_id: items[1].id, location_id: locs[0].id, stocked_quantity: 50 }],
        delete: toDelete,
        force: true,
      },
    })
    assert.equal(done.status, 200, JSON.stringify(done.body))
    assert.deepEqual([done.body.created, done.body.deleted], [[], toDelete])
    assert.deepEqual(
      [done.body.updated.length, done.body.updated[0].stocked_quantity, done.body.updated[0].available_quantity],
      [1, 50, 50],
    )
    assert.equal(
      (await s.request("GET", `/admin/inventory-items/${items[0].id}`)).body.inventory_item.location_levels.length,
      0,
    )

    const cases: [Record<string, unknown>, number, string][] = [
      [
        { create: [{ inventory_item_id: items[0].id, location_id: "sloc_missing" }] },
        404,
        "Stock locations with ids: sloc_missing was not found",
      ],
      [
        { create: [{ inventory_item_id: items[1].id, location_id: locs[0].id }] },
        400,
        `Inventory level with inventory_item_id: ${items[1].id}, location_id: ${locs[0].id}, already exists.`,
      ],
      [
        { update: [{ inventory_item_id: items[0].id, location_id: locs[0].id, stocked_quantity: 1 }] },
        404,
        `Item ${items[0].id} is not stocked at location ${locs[0].id}`,
      ],
      [
        { create: [{ inventory_item_id: items[0].id, location_id: locs[0].id, stocked_quantity: -2 }] },
        400,
        "Invalid request: Value for field 'create, 0, stocked_quantity' too small, expected at least: '0'",
      ],
      [{ creates: [] }, 400, "Invalid request: Unrecognized fields: 'creates'"],
    ]
    const levelsBefore = await count("inventory_level")
    for (const [body, status, message] of cases) {
      const res = await s.request("POST", "/admin/inventory-items/location-levels/batch", { body })
      assertRefused(res, status, message, body)
    }
    assert.equal(await count("inventory_level"), levelsBefore)
  })

  test("global batch of 250 levels runs as few statements", async () => {
    const locs = await Promise.all(Array.from({ length: 5 }, (_, i) => location(`Bulk ${i}`)))
    const created = await s.app.container.transaction((tx) =>
      tx.modules.inventory.createInventoryItems(Array.from({ length: 50 }, (_, i) => ({ sku: `bulk-${i}` }))),
    )
    const create = created.flatMap((it) =>
      locs.map((l) => ({ inventory_item_id: it.id, location_id: l.id, stocked_quantity: 100 })),
    )
    const r = await s.request("POST", "/admin/inventory-items/location-levels/batch", { body: { create } })
    assert.equal(r.status, 200, JSON.stringify(r.body).slice(0, 300))
    assert.equal(r.body.created.length, 250)
  })

  test("per-item batch: levels of one item", async () => {
    const [l1, l2] = await Promise.all(["I1", "I2"].map(location))
    const it = await item({ sku: "item-batch", location_levels: [{ location_id: l1.id, stocked_quantity: 0 }] })
    const levelId = it.location_levels[0].id
    const r = await s.request("POST", `/admin/inventory-items/${it.id}/location-levels/batch`, {
      body: {
        create: [{ location_id: l2.id, stocked_quantity: 3 }],
        update: [{ location_id: l1.id, stocked_quantity: 2 }],
      },
    })
    assert.equal(r.status, 200, JSON.stringify(r.body))
    assert.deepEqual([r.body.created.length, r.body.updated.length, r.body.deleted], [1, 1, []])
    const del = await s.request("POST", `/admin/inventory-items/${it.id}/location-levels/batch`, {
      body: { delete: [levelId], force: true },
    })
    assert.deepEqual(del.body.deleted, [levelId])
    const after = (await s.request("GET", `/admin/inventory-items/${it.id}`)).body.inventory_item
    assert.deepEqual([after.location_levels.length, after.stocked_quantity], [1, 3])
  })

  test("reservations: list with filters and the item's defaults", async () => {
    const loc = await location("Res list WH")
    const other = await location("Res other WH")
    const it = await item({
      sku: "res-list",
      location_levels: [
        { location_id: loc.id, stocked_quantity: 10 },
        { location_id: other.id, stocked_quantity: 10 },
      ],
    })
    const r1 = await reserve(it.id, loc.id, 2, "cali_1")
    const r2 = await reserve(it.id, other.id, 1, "cali_2")
    const all = await s.request("GET", `/admin/reservations?inventory_item_id=${it.id}`)
    assert.deepEqual([all.body.count, all.body.limit, ids(all.body.reservations)], [2, 20, [r1.id, r2.id]])
    const first = all.body.reservations[0]
    assert.deepEqual(
      [
        first.quantity,
        first.location_id,
        first.line_item_id,
        first.inventory_item.id,
        first.inventory_item.reserved_quantity,
      ],
      [2, loc.id, "cali_1", it.id, 3],
    )
    assert.deepEqual(keys(first), RESERVATION_KEYS)
    assert.deepEqual(
      keys(first.inventory_item),
      ITEM_KEYS.filter((k) => k !== "location_levels"),
    )
    const atLoc = await s.request("GET", `/admin/reservations?location_id[]=${other.id}&fields=id`)
    assert.deepEqual(atLoc.body.reservations, [{ id: r2.id }])
    const byLine = await s.request("GET", "/admin/reservations?line_item_id=cali_1&fields=id")
    assert.deepEqual(ids(byLine.body.reservations), [r1.id])
  })
  test("reservations: create, retrieve, update, delete keep the levels' reserved quantities; Medusa's refusals", async () => {
    const [a, b, none] = await Promise.all(["Res A", "Res B", "Res none"].map(location))
    const it = await item({
      sku: "res-crud",
      location_levels: [
        { location_id: a.id, stocked_quantity: 10 },
        { location_id: b.id, stocked_quantity: 3 },
      ],
    })
    const reserved = async () => {
      const got = (await s.request("GET", `/admin/inventory-items/${it.id}`)).body.inventory_item
      const at = (loc: { id: string }) =>
        got.location_levels.find((l: { location_id: string }) => l.location_id === loc.id).reserved_quantity
      return [at(a), at(b)]
    }
    const start = events.length
    const created = await s.request("POST", "/admin/reservations", {
      body: { inventory_item_id: it.id, location_id: a.id, quantity: 4, description: "hold", metadata: { k: 1 } },
    })
    assert.equal(created.status, 200, JSON.stringify(created.body))
    const r = created.body.reservation
    assert.deepEqual(keys(r), RESERVATION_KEYS)
    assert.deepEqual(
      [r.quantity, r.description, r.metadata, r.inventory_item.reserved_quantity],
      [4, "hold", { k: 1 }, 4],
    )
    assert.deepEqual(await reserved(), [4, 0])
    assert.deepEqual((await s.request("GET", `/admin/reservations/${r.id}?fields=quantity`)).body, {
      reservation: { id: r.id, quantity: 4 },
    })
    const bySku = await s.request("GET", "/admin/reservations?q=res-crud&fields=id")
    assert.deepEqual(ids(bySku.body.reservations), [r.id], "q finds a reservation by its item's sku")

    const refusals: [string, string, Record<string, unknown>, number, string][] = [
      [
        "POST",
        "/admin/reservations",
        { inventory_item_id: it.id, location_id: a.id, quantity: 7 },
        400,
        `Not enough stock available for item ${it.id} at location ${a.id}`,
      ],
      [
        "POST",
        "/admin/reservations",
        { inventory_item_id: it.id, location_id: none.id, quantity: 1 },
        404,
        `Item ${it.id} is not stocked at location ${none.id}`,
      ],
      [
        "POST",
        "/admin/reservations",
        { inventory_item_id: it.id, location_id: a.id },
        400,
        "Invalid request: Field 'quantity' is required",
      ],
      [
        "POST",
        "/admin/reservations",
        { inventory_item_id: it.id, location_id: a.id, quantity: -1 },
        400,
        "Invalid request: Value for field 'quantity' too small, expected at least: '0'",
      ],
      [
        "POST",
        `/admin/reservations/${r.id}`,
        { quantity: 11 },
        400,
        `Not enough stock available for item ${it.id} at location ${a.id}`,
      ],
      [
        "POST",
        `/admin/reservations/${r.id}`,
        { location_id: none.id },
        404,
        `Item ${it.id} is not stocked at location ${none.id}`,
      ],
      [
        "POST",
        `/admin/reservations/${r.id}`,
        { inventory_item_id: it.id },
        400,
        "Invalid request: Unrecognized fields: 'inventory_item_id'",
      ],
      [
        "POST",
        "/admin/reservations/resitem_missing",
        { quantity: 1 },
        400,
        "Reservation item with id resitem_missing not found",
      ],
      ["GET", "/admin/reservations/resitem_missing", {}, 404, "Reservation with id: resitem_missing was not found"],
      [
        "GET",
        `/admin/reservations?inventory_item_id=${it.id}&foo=1`,
        {},
        400,
        "Invalid request: Unrecognized fields: 'foo'",
      ],
    ]
    for (const [method, path, body, status, message] of refusals) {
      const res = await s.request(method, path, method === "POST" ? { body } : {})
      const type = status === 404 ? "not_found" : message.startsWith("Not enough") ? "not_allowed" : "invalid_data"
      assert.deepEqual([res.status, res.body], [status, { type, message }], `${method} ${path} ${JSON.stringify(body)}`)
    }
    assert.deepEqual(await reserved(), [4, 0])

    // resizing, then moving: the quantity leaves the level it was at (beyond Medusa, which keeps it there too)
    const smaller = await s.request("POST", `/admin/reservations/${r.id}?fields=quantity,description`, {
      body: { quantity: 2, description: null },
    })
    assert.deepEqual(smaller.body.reservation, { id: r.id, quantity: 2, description: null })
    assert.deepEqual(await reserved(), [2, 0])
    const moved = await s.request("POST", `/admin/reservations/${r.id}?fields=location_id`, {
      body: { location_id: b.id },
    })
    assert.equal(moved.body.reservation.location_id, b.id)
    assert.deepEqual(await reserved(), [0, 2])

    const del = await s.request("DELETE", `/admin/reservations/${r.id}`)
    assert.deepEqual(del.body, { id: r.id, object: "reservation", deleted: true })
    assert.deepEqual(await reserved(), [0, 0])
    assert.equal((await s.request("GET", `/admin/reservations/${r.id}`)).status, 404)
    const again = await s.request("DELETE", `/admin/reservations/${r.id}`)
    assert.deepEqual([again.status, await reserved()], [200, [0, 0]])
    assert.deepEqual(
      namesSince(start).filter((n) => n.startsWith("reservation-item.")),
      [
        "reservation-item.created",
        "reservation-item.updated",
        "reservation-item.updated",
        "reservation-item.deleted",
        "reservation-item.deleted",
      ],
    )
  })

  test("queries of the item and level routes are strict, as Medusa's; fields nothing can answer are left out", async () => {
    const it = await item({ sku: "strict-q" })
    assert.deepEqual((await s.request("GET", `/admin/inventory-items/${it.id}?fields=sku,nope`)).body, {
      inventory_item: { id: it.id, sku: "strict-q" },
    })
    assert.deepEqual(
      (await s.request("GET", `/admin/inventory-items?id=${it.id}&fields=sku,*nope.x`)).body.inventory_items,
      [{ id: it.id, sku: "strict-q" }],
    )
    assert.equal((await s.request("GET", `/admin/inventory-items/${it.id}/location-levels?fields=nope`)).status, 200)
    for (const path of [
      `/admin/inventory-items/${it.id}?foo=1`,
      `/admin/inventory-items/${it.id}/location-levels?foo=1`,
    ]) {
      const r = await s.request("GET", path)
      assert.deepEqual(
        [r.status, r.body],
        [400, { type: "invalid_data", message: "Invalid request: Unrecognized fields: 'foo'" }],
        path,
      )
    }
  })
})
