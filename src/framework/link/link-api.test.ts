import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { testApp, type TestApp } from "../../test-support/app.js"
import type { BusEvent } from "../events/index.js"

describe("Link API", () => {
  let app: TestApp
  let productId: string
  let otherProductId: string
  let channelId: string
  const events: BusEvent[] = []

  before(async () => {
    app = await testApp()
    app.core.bus.subscribe("Link*", () => {})
    app.core.bus.subscribe("*", (e) => {
      if (e.name.startsWith("Link")) events.push(e)
    })
    const made = await app.container.transaction(async (tx) => ({
      products: await tx.modules.product.createProducts([
        { title: "A", handle: "a" },
        { title: "B", handle: "b" },
      ]),
      channel: await tx.modules.sales_channel.createSalesChannels({ name: "Web" }),
    }))
    productId = made.products[0].id
    otherProductId = made.products[1].id
    channelId = made.channel.id
  })
  after(() => app.dispose())

  const pair = (p: string, sc: string) => ({ product: { product_id: p }, sales_channel: { sales_channel_id: sc } })
  const live = async () =>
    (
      await app.container.query.graph({
        entity: "product_sales_channel",
        fields: ["id", "product_id", "sales_channel_id"],
      })
    ).data

  test("create is idempotent: a second create of the same pair changes nothing", async () => {
    const first = await app.container.link.create(pair(productId, channelId))
    assert.equal(first.length, 1)
    assert.match(String(first[0].id), /^prodsc_/)
    const second = await app.container.link.create([pair(productId, channelId), pair(productId, channelId)])
    assert.equal(second.length, 0)
    assert.equal((await live()).length, 1)
  })

  test("the declared order is not required (both orders name the same link)", async () => {
    const reversed = await app.container.link.create({
      sales_channel: { sales_channel_id: channelId },
      product: { product_id: otherProductId },
    })
    assert.equal(reversed.length, 1)
    await app.container.link.dismiss(pair(otherProductId, channelId))
  })

  test("dismiss soft-deletes; re-create revives the same row (one row per pair)", async () => {
    const [row] = await live()
    const dismissed = await app.container.link.dismiss(pair(productId, channelId))
    assert.equal(dismissed.length, 1)
    assert.equal((await live()).length, 0)
    assert.equal((await app.container.link.dismiss(pair(productId, channelId))).length, 0, "dismissing again is silent")
    const revived = await app.container.link.create(pair(productId, channelId))
    assert.equal(revived[0].id, row.id)
    const rows = await app.core.pool.query("select count(*)::int as n from product_sales_channel")
    assert.equal(rows.rows[0].n, 2, "two pairs ever linked, two rows")
  })

  test("a link to a record that does not exist is refused with not_found and writes nothing", async () => {
    const before = await app.core.pool.query("select count(*)::int as n from product_sales_channel")
    await assert.rejects(
      app.container.link.create([pair(productId, channelId), pair("prod_missing", channelId)]),
      (e: { type: string; message: string }) => {
        assert.equal(e.type, "not_found")
        assert.match(e.message, /prod_missing/)
        return true
      },
    )
    const after = await app.core.pool.query("select count(*)::int as n from product_sales_channel")
    assert.equal(after.rows[0].n, before.rows[0].n)
  })

  test("an unknown pair of modules/keys is refused with Medusa's message", async () => {
    await assert.rejects(
      app.container.link.create({ product: { nope_id: "x" }, sales_channel: { sales_channel_id: channelId } }),
      /Module to type product and sales_channel by keys nope_id and sales_channel_id was not found/,
    )
    await assert.rejects(app.container.link.create({ product: { product_id: "x" } }), /Only two modules can be linked/)
  })

  test("delete cascades over every link of the record; restore brings them back", async () => {
    const location = await app.container.transaction((tx) =>
      tx.modules.stock_location.createStockLocations({ name: "L" }),
    )
    await app.container.link.create({
      sales_channel: { sales_channel_id: channelId },
      stock_location: { stock_location_id: location.id },
    })
    const removed = await app.container.link.delete({ sales_channel: { sales_channel_id: channelId } })
    assert.equal(removed.length, 2, "the product link and the location link")
    assert.equal((await live()).length, 0)
    const restored = await app.container.link.restore({ sales_channel: { sales_channel_id: [channelId] } })
    assert.equal(restored.length, 2)
    assert.equal((await live()).length, 1)
  })

  test("list returns live rows, or link definitions with extra data", async () => {
    const rows = await app.container.link.list(pair(productId, channelId))
    assert.equal(rows.length, 1)
    const defs = await app.container.link.list(pair(productId, channelId), { asLinkDefinition: true })
    assert.deepEqual(defs, [
      {
        ...pair(productId, channelId),
        data: { visible: true, purchasable: true, available_from: null, available_until: null },
      },
    ])
    const { variant, item } = await app.container.transaction(async (tx) => ({
      variant: await tx.modules.product.createProductVariants({ title: "v", product_id: productId }),
      item: await tx.modules.inventory.createInventoryItems({ sku: "a-v" }),
    }))
    await app.container.link.create({
      product: { variant_id: variant.id },
      inventory: { inventory_item_id: item.id },
      data: { required_quantity: 3 },
    })
    const withData = await app.container.link.list(
      { product: { variant_id: variant.id }, inventory: { inventory_item_id: item.id } },
      { asLinkDefinition: true },
    )
    assert.deepEqual(withData[0].data, { required_quantity: 3 })
  })

  test("a plain re-link keeps a live pair's extra columns; data sets them", async () => {
    const one = pair(productId, channelId)
    const state = async () =>
      (await app.container.link.list(one, { asLinkDefinition: true }))[0].data as Record<string, unknown>
    await app.container.link.create({ ...one, data: { visible: false } })
    assert.equal((await state()).visible, false)
    assert.equal((await app.container.link.create(one)).length, 0)
    assert.equal((await state()).visible, false)
    await app.container.link.create({ ...one, data: { visible: true } })
    assert.equal((await state()).visible, true)
  })

  test("update sets extra columns of live pairs, reports unlinked pairs, refuses unknown columns", async () => {
    const from = "2030-01-02T03:04:05.006Z"
    const result = await app.container.transaction((tx) =>
      tx.link.update([
        { ...pair(productId, channelId), data: { purchasable: false, available_from: from } },
        { ...pair(otherProductId, channelId), data: { visible: false } },
      ]),
    )
    assert.equal(result.updated.length, 1)
    assert.deepEqual(result.updated[0].changed, { purchasable: false, available_from: from })
    assert.deepEqual(result.updated[0].previous, { purchasable: true, available_from: null })
    assert.equal(result.unlinked.length, 1)
    const again = await app.container.transaction((tx) =>
      tx.link.update({ ...pair(productId, channelId), data: { available_from: from } }),
    )
    assert.equal(again.updated.length, 0, "no change, no update")
    await assert.rejects(
      app.container.transaction((tx) => tx.link.update({ ...pair(productId, channelId), data: { nope: 1 } })),
      /has no column nope/,
    )
    await app.container.transaction((tx) =>
      tx.link.update({ ...pair(productId, channelId), data: { purchasable: true, available_from: null } }),
    )
    await app.core.dispatcher.drain()
    const updated = events.filter((e) => e.name === "LinkProductSalesChannel.updated")
    assert.equal(updated.length, 2)
    assert.equal(updated[0].data.product_id, productId)
    assert.equal(updated[0].data.sales_channel_id, channelId)
  })

  test("every change emits Link<Entity>.attached/detached with both ids, after commit", async () => {
    await app.core.dispatcher.drain()
    const attached = events.filter((e) => e.name === "LinkProductSalesChannel.attached")
    const detached = events.filter((e) => e.name === "LinkProductSalesChannel.detached")
    assert.ok(attached.length >= 3 && detached.length >= 3)
    assert.deepEqual(Object.keys(attached[0].data).sort(), ["id", "product_id", "sales_channel_id"])
  })

  test("100 concurrent add/remove requests on one pair end as the last serial operation, one row", async () => {
    const ops = Array.from({ length: 100 }, (_, i) => i)
    await Promise.all(
      ops.map((i) =>
        i % 2 === 0
          ? app.container.link.create(pair(otherProductId, channelId))
          : app.container.link.dismiss(pair(otherProductId, channelId)),
      ),
    )
    await app.container.link.create(pair(otherProductId, channelId))
    const rows = await app.core.pool.query(
      "select count(*)::int as n, count(*) filter (where deleted_at is null)::int as live from product_sales_channel where product_id = $1",
      [otherProductId],
    )
    assert.deepEqual(rows.rows[0], { n: 1, live: 1 })
  })

  test("a failure later in the transaction leaves no link and no event", async () => {
    await app.core.dispatcher.drain()
    const before = events.length
    await assert.rejects(
      app.container.transaction(async (tx) => {
        await tx.link.dismiss(pair(productId, channelId))
        throw new Error("boom")
      }),
      /boom/,
    )
    await app.core.dispatcher.drain()
    assert.equal(events.length, before)
    assert.equal((await live()).filter((r) => r.product_id === productId).length, 1)
  })
})
