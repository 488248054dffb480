import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { fetchError, fetchErrors, ids } from "./test-support/harness.js"
import { adminSdkSuite } from "./test-support/admin-suite.js"

describe("JS SDK: sdk.admin.stockLocation", () => {
  const env = adminSdkSuite()

  test("create with an address, retrieve, update the address and name, delete", async () => {
    const { stock_location: loc } = await env.sdk.admin.stockLocation.create({
      name: "  Main warehouse ",
      address: { address_1: "1 Dock Rd", city: "Hamburg", country_code: "de", postal_code: "20457" },
      metadata: { bay: 4 },
    })
    assert.match(loc.id, /^sloc_[0-9A-Z]{26}$/)
    assert.equal(loc.name, "Main warehouse") // trimmed, as Medusa does
    assert.deepEqual(loc.metadata, { bay: 4 })
    assert.match(loc.address.id, /^laddr_/)
    assert.deepEqual(
      {
        address_1: loc.address.address_1,
        city: loc.address.city,
        country_code: loc.address.country_code,
        postal_code: loc.address.postal_code,
        address_2: loc.address.address_2,
      },
      { address_1: "1 Dock Rd", city: "Hamburg", country_code: "de", postal_code: "20457", address_2: null },
    )
    assert.equal("address_id" in loc, false, "not a default field")

    const { stock_location: got } = await env.sdk.admin.stockLocation.retrieve(loc.id)
    assert.deepEqual(got, loc)

    const { stock_location: updated } = await env.sdk.admin.stockLocation.update(
      loc.id,
      { name: "North warehouse", address: { address_1: "2 Dock Rd", country_code: "de", city: "Kiel" } },
      { fields: "id,name,address.address_1,address.city,address.id" },
    )
    assert.deepEqual(updated, {
      id: loc.id,
      name: "North warehouse",
      address: { id: loc.address.id, address_1: "2 Dock Rd", city: "Kiel" },
    })

    const deleted = await env.sdk.admin.stockLocation.delete(loc.id)
    assert.deepEqual(deleted, { id: loc.id, object: "stock_location", deleted: true })
    await fetchError(
      env.sdk.admin.stockLocation.retrieve(loc.id),
      404,
      `Stock location with id: ${loc.id} was not found`,
    )
  })

  test("list: q, id / name arrays, sales_channel_id across the link, order, fields", async () => {
    const { stock_location: a } = await env.sdk.admin.stockLocation.create({ name: "List Berlin" })
    const { stock_location: b } = await env.sdk.admin.stockLocation.create({ name: "List Paris" })
    const { stock_location: c } = await env.sdk.admin.stockLocation.create({ name: "Elsewhere" })

    assert.deepEqual(ids((await env.sdk.admin.stockLocation.list({ q: "list", order: "-name" })).stock_locations), [
      b.id,
      a.id,
    ])
    assert.deepEqual(
      ids((await env.sdk.admin.stockLocation.list({ id: [c.id, a.id], order: "name" })).stock_locations),
      [c.id, a.id],
    )
    assert.deepEqual(ids((await env.sdk.admin.stockLocation.list({ name: ["List Paris"] })).stock_locations), [b.id])

    const def = env.s.defaults.default_sales_channel_id
    const { stock_location: linked } = await env.sdk.admin.stockLocation.updateSalesChannels(a.id, { add: [def] })
    assert.equal(linked.id, a.id)
    await env.sdk.admin.stockLocation.updateSalesChannels(c.id, { add: [def] })

    const inChannel = await env.sdk.admin.stockLocation.list({
      sales_channel_id: [def],
      fields: "id,name",
      order: "name",
    })
    assert.equal(env.wire.last("/admin/stock-locations", "GET").url.searchParams.get("sales_channel_id[0]"), def)
    assert.deepEqual(inChannel.stock_locations, [
      { id: c.id, name: "Elsewhere" },
      { id: a.id, name: "List Berlin" },
    ])
    assert.equal(inChannel.count, 2)

    const { stock_location: withChannels } = await env.sdk.admin.stockLocation.retrieve(a.id, {
      fields: "id,*sales_channels",
    })
    assert.deepEqual(ids(withChannels.sales_channels), [def])

    await env.sdk.admin.stockLocation.updateSalesChannels(a.id, { remove: [def] })
    assert.deepEqual(ids((await env.sdk.admin.stockLocation.list({ sales_channel_id: def })).stock_locations), [c.id])
    // the channel side sees the same link
    assert.deepEqual(ids((await env.sdk.admin.salesChannel.list({ location_id: [c.id] })).sales_channels), [def])
  })

  test("errors surface as FetchError with Medusa's status and message", async () => {
    const locations = env.sdk.admin.stockLocation
    const noStreet = { name: "No street", address: { country_code: "de" } } as { name: string }
    await fetchErrors([
      [() => locations.create({} as { name: string }), 400, "Invalid request: Field 'name' is required"],
      [() => locations.create(noStreet), 400, "Invalid request: Field 'address, address_1' is required"],
      [() => locations.retrieve("sloc_missing"), 404, "Stock location with id: sloc_missing was not found"],
      [
        () => locations.list({ sales_channel: "x" } as object),
        400,
        "Invalid request: Unrecognized fields: 'sales_channel'",
      ],
    ])
    assert.equal((await env.sdk.admin.stockLocation.list({ name: "No street" })).count, 0)
  })
})
