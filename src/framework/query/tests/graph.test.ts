import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { Query } from "../query.js"
import { testApp, type TestApp } from "../../../test-support/app.js"
import { countingExecutor, seedGraph } from "../../../test-support/fixtures.js"
import { SALES_CHANNEL_KEYS } from "../../../test-support/response-keys.js"

type Seed = Awaited<ReturnType<typeof seedGraph>>
const ids = (rows: Record<string, any>[]) => rows.map((r) => r.id as string)

describe("query.graph on a real database", () => {
  let app: TestApp
  let seed: Seed
  let query: Query
  let counter: ReturnType<typeof countingExecutor>

  before(async () => {
    app = await testApp()
    seed = await seedGraph(app.container)
    counter = countingExecutor(app.container.db)
    query = new Query(app.core.schema, counter)
  })
  after(() => app.dispose())

  async function graph(input: Parameters<Query["graph"]>[0]) {
    const before = counter.count
    const result = await query.graph(input)
    assert.equal(counter.count - before, 1, "one SQL statement per query.graph call")
    return result
  }

  test("sales channel → publishable_api_keys.*, stock_locations.*, products (link aliases)", async () => {
    const { data } = await graph({
      entity: "sales_channel",
      fields: ["id", "name", "publishable_api_keys.*", "stock_locations.*", "products.title"],
      filters: { id: seed.web.id },
    })
    assert.equal(data.length, 1)
    const web = data[0]
    assert.deepEqual(ids(web.publishable_api_keys), [seed.key.id])
    assert.equal(web.publishable_api_keys[0].token, seed.key.token)
    assert.deepEqual(ids(web.stock_locations), [seed.location.id])
    assert.deepEqual(web.products.map((p: { title: string }) => p.title).sort(), ["Mug", "Shirt"])
  })

  test("api_key.sales_channels and product.sales_channels (docs/medusa-contract.md §3.2 example)", async () => {
    const { data } = await graph({
      entity: "api_key",
      fields: ["id", "sales_channels.id"],
      filters: { id: seed.key.id },
    })
    assert.deepEqual(data, [{ id: seed.key.id, sales_channels: [{ id: seed.web.id }] }])
    const products = await graph({
      entity: "product",
      fields: ["id", "sales_channels.*"],
      filters: { id: seed.mug.id },
    })
    assert.deepEqual(ids(products.data[0].sales_channels).sort(), [seed.web.id, seed.pos.id].sort())
    assert.deepEqual(Object.keys(products.data[0].sales_channels[0]).sort(), SALES_CHANNEL_KEYS)
  })

  test("pivot rows through *_link and as their own entity, with both ends", async () => {
    const { data } = await graph({
      entity: "product",
      fields: ["id", "sales_channels_link.*"],
      filters: { id: seed.shirt.id },
    })
    const [row] = data[0].sales_channels_link
    assert.match(row.id, /^prodsc_/)
    assert.equal(row.product_id, seed.shirt.id)
    assert.equal(row.sales_channel_id, seed.web.id)
    const pivots = await graph({
      entity: "product_sales_channel",
      fields: ["id", "product.title", "sales_channel.name"],
      filters: { sales_channel_id: seed.pos.id },
      pagination: { order: { "product.title": "ASC" } },
    })
    assert.deepEqual(
      pivots.data.map((p) => [p.product.title, p.sales_channel.name]),
      [
        ["Hat", "POS"],
        ["Mug", "POS"],
      ],
    )
  })

  test("read-only links: cart.sales_channel, order.sales_channel and their reverse", async () => {
    const cart = await graph({ entity: "cart", fields: ["id", "sales_channel.*"], filters: { id: seed.cart.id } })
    assert.equal(cart.data[0].sales_channel.id, seed.web.id)
    const order = await graph({ entity: "order", fields: ["id", "sales_channel.name"] })
    assert.equal(order.data[0].sales_channel.name, "Web")
    const reverse = await graph({
      entity: "sales_channel",
      fields: ["id", "carts.id", "orders.id"],
      filters: { id: seed.web.id },
    })
    assert.deepEqual(ids(reverse.data[0].carts), [seed.cart.id])
    assert.deepEqual(ids(reverse.data[0].orders), [seed.order.id])
  })

  test("deep nesting: product → variants → inventory_items (pivot) → inventory → location_levels → stock_locations", async () => {
    const { data } = await graph({
      entity: "product",
      fields: [
        "title",
        "variants.sku",
        "variants.inventory_items.required_quantity",
        "variants.inventory_items.inventory.sku",
        "variants.inventory_items.inventory.location_levels.stocked_quantity",
        "variants.inventory_items.inventory.location_levels.available_quantity",
        "variants.inventory_items.inventory.location_levels.stock_locations.name",
      ],
      filters: { id: seed.shirt.id },
      pagination: { order: { "variants.sku": "DESC" } },
    })
    const [shirt] = data
    assert.deepEqual(
      shirt.variants.map((v: { sku: string }) => v.sku),
      ["shirt-s", "shirt-m"],
    )
    // ordering by a list that is not selected orders nothing and adds nothing to the output
    const unselected = await graph({
      entity: "product",
      fields: ["title"],
      filters: { id: seed.shirt.id },
      pagination: { order: { "variants.sku": "DESC" } },
    })
    assert.deepEqual(unselected.data, [{ id: seed.shirt.id, title: "Shirt" }])
    const link = shirt.variants[0].inventory_items[0]
    assert.equal(link.required_quantity, 1)
    assert.equal(link.inventory.sku, "shirt-s")
    const levels = link.inventory.location_levels
    assert.deepEqual(
      levels.map((l: { stocked_quantity: number }) => l.stocked_quantity).sort((a: number, b: number) => a - b),
      [10, 100],
    )
    const main = levels.find((l: { stocked_quantity: number }) => l.stocked_quantity === 10)
    assert.equal(main.available_quantity, 7)
    assert.deepEqual(
      main.stock_locations.map((l: { name: string }) => l.name),
      ["Main warehouse"],
    )
    assert.deepEqual(shirt.variants[1].inventory_items, [])
  })

  test("filters across links restrict the root: products of a channel, channels of a key", async () => {
    const products = await graph({
      entity: "product",
      fields: ["id"],
      filters: { sales_channels: { id: [seed.web.id] } },
    })
    assert.deepEqual(ids(products.data).sort(), [seed.shirt.id, seed.mug.id].sort())
    const channels = await graph({
      entity: "sales_channel",
      fields: ["id"],
      filters: { publishable_api_keys: { id: seed.key.id } },
    })
    assert.deepEqual(ids(channels.data), [seed.web.id])
    const mixed = await graph({
      entity: "product",
      fields: ["id"],
      filters: { status: "published", sales_channels: { is_disabled: true } },
    })
    assert.deepEqual(ids(mixed.data), [seed.mug.id])
    const inverse = await graph({
      entity: "product",
      fields: ["id"],
      filters: { $or: [{ handle: "hat" }, { variants: { sku: "shirt-m" } }] },
    })
    assert.deepEqual(ids(inverse.data).sort(), [seed.hat.id, seed.shirt.id].sort())
  })

  test("operators, q, null, arrays", async () => {
    const q = await graph({ entity: "product", fields: ["title"], filters: { q: "HI" } })
    assert.deepEqual(
      q.data.map((p) => p.title),
      ["Shirt"],
    )
    const qVariant = await graph({ entity: "product", fields: ["title"], filters: { q: "shirt-m" } })
    assert.deepEqual(
      qVariant.data.map((p) => p.title),
      ["Shirt"],
      "q reaches searchable relations",
    )
    const qWords = await graph({ entity: "product", fields: ["title"], filters: { q: " shirt-m  HI " } })
    assert.deepEqual(
      qWords.data.map((p) => p.title),
      ["Shirt"],
      "q: every word matches, each in any searchable column",
    )
    assert.deepEqual((await graph({ entity: "product", fields: ["id"], filters: { q: "shirt mug" } })).data, [])
    const likeEscaped = await graph({ entity: "product", fields: ["id"], filters: { q: "%" } })
    assert.equal(likeEscaped.data.length, 0, "% in q is literal")
    const ne = await graph({
      entity: "product",
      fields: ["handle"],
      filters: { handle: { $ne: "mug", $nin: ["hat"] } },
    })
    assert.deepEqual(
      ne.data.map((p) => p.handle),
      ["shirt"],
    )
    const nullDesc = await graph({
      entity: "sales_channel",
      fields: ["id"],
      filters: { description: null, is_disabled: false },
    })
    assert.deepEqual(ids(nullDesc.data), [seed.web.id])
    const none = await graph({ entity: "product", fields: ["id"], filters: { id: [] } })
    assert.deepEqual(none.data, [])
    const dates = await graph({
      entity: "product",
      fields: ["id"],
      filters: { created_at: { $lte: new Date(Date.now() + 60_000).toISOString() } },
    })
    assert.equal(dates.data.length, 3)
    // timestamps compare at the precision shown: a row's own created_at bounds it as Medusa's do
    const [shown] = (await graph({ entity: "product", fields: ["id", "created_at"], filters: { id: seed.shirt.id } }))
      .data
    const at = (op: string) =>
      graph({
        entity: "product",
        fields: ["id"],
        filters: { id: seed.shirt.id, created_at: { [op]: shown.created_at } },
      })
    assert.deepEqual(
      [(await at("$gt")).data.length, (await at("$lte")).data.length, (await at("$eq")).data.length],
      [0, 1, 1],
    )
    assert.deepEqual(
      [(await at("$gte")).data.length, (await at("$lt")).data.length, (await at("$ne")).data.length],
      [1, 0, 0],
    )
    const list = (value: unknown) =>
      graph({ entity: "product", fields: ["id"], filters: { id: seed.shirt.id, created_at: value } })
    assert.deepEqual([(await list(shown.created_at)).data.length, (await list([shown.created_at])).data.length], [1, 1])
    assert.deepEqual(
      [(await list({ $in: [shown.created_at] })).data.length, (await list({ $nin: [shown.created_at] })).data.length],
      [1, 0],
    )
    const ilike = await graph({ entity: "stock_location", fields: ["name"], filters: { name: { $ilike: "%FAR%" } } })
    assert.deepEqual(
      ilike.data.map((l) => l.name),
      ["Far warehouse"],
    )
  })

  test("pagination: skip/take/order, metadata only with skip, count ignores the page", async () => {
    const page = await graph({
      entity: "product",
      fields: ["handle"],
      pagination: { skip: 1, take: 1, order: { handle: "ASC" } },
    })
    assert.deepEqual(
      page.data.map((p) => p.handle),
      ["mug"],
    )
    assert.deepEqual(page.metadata, { count: 3, skip: 1, take: 1 })
    const noSkip = await graph({ entity: "product", fields: ["id"], pagination: { take: 2 } })
    assert.equal(noSkip.data.length, 2)
    assert.equal(noSkip.metadata, undefined)
    const desc = await graph({ entity: "product", fields: ["handle"], pagination: { order: { handle: "DESC" } } })
    assert.deepEqual(
      desc.data.map((p) => p.handle),
      ["shirt", "mug", "hat"],
    )
  })

  test("soft-deleted rows and dismissed links are invisible; withDeleted shows deleted rows", async () => {
    const channel = await app.container.transaction((tx) =>
      tx.modules.sales_channel.createSalesChannels({ name: "Gone" }),
    )
    await app.container.link.create({
      product: { product_id: seed.shirt.id },
      sales_channel: { sales_channel_id: channel.id },
    })
    await app.container.link.dismiss({
      product: { product_id: seed.shirt.id },
      sales_channel: { sales_channel_id: channel.id },
    })
    const dismissed = await graph({ entity: "product", fields: ["sales_channels.id"], filters: { id: seed.shirt.id } })
    assert.deepEqual(ids(dismissed.data[0].sales_channels), [seed.web.id])
    await app.container.transaction((tx) => tx.modules.sales_channel.softDeleteSalesChannels([channel.id]))
    const hidden = await graph({ entity: "sales_channel", fields: ["id"], filters: { id: channel.id } })
    assert.equal(hidden.data.length, 0)
    const shown = await graph({
      entity: "sales_channel",
      fields: ["id", "deleted_at"],
      filters: { id: channel.id },
      withDeleted: true,
    })
    assert.equal(shown.data.length, 1)
    assert.notEqual(shown.data[0].deleted_at, null)
  })

  test("computed values: inventory sums and variant inventory_quantity in a channel's context", async () => {
    const items = await graph({
      entity: "inventory_item",
      fields: ["stocked_quantity", "reserved_quantity"],
      filters: { id: seed.item.id },
    })
    assert.deepEqual(items.data[0], { id: seed.item.id, stocked_quantity: 110, reserved_quantity: 3 })
    const variants = await graph({
      entity: "variant",
      fields: ["sku", "inventory_quantity"],
      filters: { product_id: seed.shirt.id },
      context: { sales_channel_id: seed.web.id },
      pagination: { order: { sku: "DESC" } },
    })
    // only the Main warehouse (10 stocked − 3 reserved) is linked to Web; the unmanaged variant has no key
    assert.deepEqual(variants.data, [
      { id: seed.shirtS.id, sku: "shirt-s", inventory_quantity: 7 },
      { id: seed.shirtM.id, sku: "shirt-m" },
    ])
  })

  test("bad names, operators and values are invalid_data naming the offender, and never reach SQL", async () => {
    const cases: [Parameters<Query["graph"]>[0], RegExp][] = [
      [{ entity: "nope", fields: ["id"] }, /Entity 'nope'/],
      [{ entity: "product", fields: ["nope"] }, /'nope'/],
      [{ entity: "product", fields: ["variants.nope"] }, /variants.nope/],
      [{ entity: "product", fields: ["id"], filters: { nope: 1 } }, /'nope'/],
      [{ entity: "product", fields: ["id"], filters: { title: { $evil: 1 } } }, /\$evil/],
      [{ entity: "product", fields: ["id"], filters: { is_giftcard: "maybe" } }, /is_giftcard/],
      [
        { entity: "product", fields: ["id"], pagination: { order: { "title; drop table product": "ASC" } } },
        /drop table/,
      ],
      [{ entity: "product", fields: ["id"], pagination: { take: -1 } }, /take/],
    ]
    for (const [input, message] of cases) {
      await assert.rejects(query.graph(input), (e: { type?: string; message: string }) => {
        assert.equal(e.type, "invalid_data")
        assert.match(e.message, message)
        return true
      })
    }
    const injection = await query.graph({ entity: "product", fields: ["id"], filters: { title: "x' OR '1'='1" } })
    assert.equal(injection.data.length, 0)
  })
})
