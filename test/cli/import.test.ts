import assert from "node:assert/strict"
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { after, before, describe, test } from "node:test"
import { testServer, type TestServer } from "../../src/test-support/http.js"
import { ROOT } from "./support/cli-process.js"
import { importText, importWorld, rejectedLines } from "./support/import-world.js"

const SAMPLE = readFileSync(join(ROOT, "examples/products.csv"), "utf8")

describe("salesgraph import: the sample file, then again, then edited", () => {
  let s: TestServer
  let world: Awaited<ReturnType<typeof importWorld>>
  before(async () => {
    s = await testServer()
    world = await importWorld(s.app.container)
  })
  after(() => s.close())

  const product = async (handle: string, fields: string) =>
    (await s.request("GET", `/admin/products?handle=${handle}&fields=${fields}`)).body.products[0]
  const storeHandles = async (key: string) =>
    (await s.request("GET", "/store/products?limit=50&fields=handle", { key, token: null })).body.products
      .map((p: { handle: string }) => p.handle)
      .sort()
  const storeStock = async (key: string, handle: string) => {
    const p = (
      await s.request("GET", `/store/products?handle=${handle}&fields=variants.sku,%2Bvariants.inventory_quantity`, {
        key,
        token: null,
      })
    ).body.products[0]
    return Object.fromEntries(
      p.variants.map((v: { sku: string; inventory_quantity: number }) => [v.sku, v.inventory_quantity]),
    )
  }
  const outboxSize = async () => (await s.app.core.pool.query("SELECT count(*)::int AS n FROM event_outbox")).rows[0].n

  test("every row of the sample imports: products, options, variants, prices, channels, stock", async () => {
    const summary = await importText(s.app.container, SAMPLE)
    assert.deepEqual(rejectedLines(summary), [])
    assert.equal(summary.fatal, undefined)
    assert.deepEqual(
      [summary.rows, summary.rowsImported, summary.rowsRejected, summary.products, summary.variants, summary.levels],
      [11, 11, 0, { created: 5, updated: 0, unchanged: 0, rejected: 0 }, { created: 11, updated: 0 }, 14],
    )
    const shirt = await product(
      "linen-shirt",
      "title,status,*options,*options.values,*sales_channels,variants.sku,variants.title,*variants.prices",
    )
    assert.equal(shirt.status, "published")
    assert.deepEqual(shirt.sales_channels.map((c: { id: string }) => c.id).sort(), [world.web, world.retail].sort())
    const values = (title: string) =>
      shirt.options
        .find((o: { title: string }) => o.title === title)
        .values.map((v: { value: string }) => v.value)
        .sort()
    assert.deepEqual(
      [values("Size"), values("Color")],
      [
        ["L", "M", "S"],
        ["Navy", "Sand"],
      ],
    )
    const s1 = shirt.variants.find((v: { sku: string }) => v.sku === "LINEN-S-SAND")
    assert.equal(s1.title, "S / Sand")
    assert.deepEqual(
      s1.prices.map((p: { currency_code: string; amount: number }) => [p.currency_code, p.amount]).sort(),
      [
        ["eur", 44],
        ["usd", 48],
      ],
    )

    // a quoted description over two lines, a single variant under the default option
    const set = await product("pour-over-set", "description,*options,variants.title")
    assert.equal(set.description, "Dripper, carafe and 100 filters.\nShips in one box.")
    assert.deepEqual(
      set.options.map((o: { title: string }) => o.title),
      ["Default option"],
    )
    assert.equal(set.variants[0].title, "Pour-Over Coffee Set")
    const gift = await product("gift-card", "variants.sku,variants.manage_inventory,variants.title")
    assert.deepEqual(
      gift.variants.map((v: { manage_inventory: boolean }) => v.manage_inventory),
      [false, false],
    )
    assert.equal((await product("wool-scarf", "status")).status, "draft")
  })

  test("the store API shows each product in its channels, with the stock of that channel's locations", async () => {
    assert.deepEqual(await storeHandles(world.webKey), ["canvas-sneaker", "gift-card", "linen-shirt", "pour-over-set"])
    // wool-scarf is in the retail channel, but a draft
    assert.deepEqual(await storeHandles(world.retailKey), ["linen-shirt", "pour-over-set"])
    assert.deepEqual(await storeStock(world.webKey, "linen-shirt"), {
      "LINEN-S-SAND": 20,
      "LINEN-M-SAND": 25,
      "LINEN-L-SAND": 12,
      "LINEN-M-NAVY": 18,
    })
    assert.deepEqual(await storeStock(world.retailKey, "linen-shirt"), {
      "LINEN-S-SAND": 4,
      "LINEN-M-SAND": 6,
      "LINEN-L-SAND": 3,
      "LINEN-M-NAVY": 0,
    })
    assert.deepEqual(await storeStock(world.webKey, "canvas-sneaker"), {
      "SNEAKER-40": 8,
      "SNEAKER-42": 11,
      "SNEAKER-44": 5,
    })
  })

  test("a second import of the same file finds everything as it is and writes nothing", async () => {
    const events = await outboxSize()
    const summary = await importText(s.app.container, SAMPLE)
    assert.deepEqual(summary.products, { created: 0, updated: 0, unchanged: 5, rejected: 0 })
    assert.deepEqual([summary.variants, summary.levels, summary.rowsImported], [{ created: 0, updated: 0 }, 0, 11])
    assert.equal(await outboxSize(), events)
    const { rows } = await s.app.core.pool.query(
      "SELECT count(*)::int AS n FROM product_variant WHERE deleted_at IS NULL",
    )
    assert.equal(rows[0].n, 11)
  })

  test("an edited file updates prices, stock, channels, titles and adds variants; the rest stays", async () => {
    const before = await product("linen-shirt", "variants.sku,*variants.prices")
    const usdBefore = before.variants
      .find((v: { sku: string }) => v.sku === "LINEN-S-SAND")
      .prices.find((p: { currency_code: string }) => p.currency_code === "usd")
    const edited = SAMPLE
      // a new price, less stock at the warehouse
      .replace(
        "LINEN-S-SAND,48.00,44.00,Web shop;Retail store,Main warehouse:20;",
        "LINEN-S-SAND,52.00,44.00,Web shop;Retail store,Main warehouse:3;",
      )
      // the sneaker goes on sale in the shop too
      .replace(
        "published,Size,40,,,EU 40,SNEAKER-40,75.00,69.00,Web shop,",
        "published,Size,40,,,EU 40,SNEAKER-40,75.00,69.00,Web shop;Retail store,",
      )
      // renamed and published
      .replace(
        'wool-scarf,Wool Scarf,"A winter scarf; not on sale yet.",draft',
        'wool-scarf,Merino Scarf,"A winter scarf; not on sale yet.",published',
      )
      // a new size: a new option value and a new variant (the product's rows stay together)
      .replace(
        "canvas-sneaker,Canvas Sneaker",
        "linen-shirt,,,,Size,XL,Color,Sand,,LINEN-XL-SAND,50.00,,,Main warehouse:7;Downtown store:1,\ncanvas-sneaker,Canvas Sneaker",
      )
    const summary = await importText(s.app.container, edited)
    assert.deepEqual(rejectedLines(summary), [])
    assert.deepEqual(summary.products, { created: 0, updated: 3, unchanged: 2, rejected: 0 })
    assert.deepEqual(summary.variants, { created: 1, updated: 1 })
    assert.equal(summary.levels, 3)

    const shirt = await product("linen-shirt", "variants.sku,*variants.prices,*variants.options")
    const s1 = shirt.variants.find((v: { sku: string }) => v.sku === "LINEN-S-SAND")
    const usd = s1.prices.find((p: { currency_code: string }) => p.currency_code === "usd")
    assert.deepEqual([usd.id, usd.amount], [usdBefore.id, 52], "the price is updated in place")
    assert.equal(s1.prices.find((p: { currency_code: string }) => p.currency_code === "eur").amount, 44)
    const xl = shirt.variants.find((v: { sku: string }) => v.sku === "LINEN-XL-SAND")
    assert.deepEqual(xl.options.map((o: { value: string }) => o.value).sort(), ["Sand", "XL"])
    assert.deepEqual(
      xl.prices.map((p: { currency_code: string; amount: number }) => [p.currency_code, p.amount]),
      [["usd", 50]],
    )

    assert.deepEqual(await storeStock(world.webKey, "linen-shirt"), {
      "LINEN-S-SAND": 3,
      "LINEN-M-SAND": 25,
      "LINEN-L-SAND": 12,
      "LINEN-M-NAVY": 18,
      "LINEN-XL-SAND": 7,
    })
    assert.deepEqual(await storeHandles(world.retailKey), [
      "canvas-sneaker",
      "linen-shirt",
      "pour-over-set",
      "wool-scarf",
    ])
    assert.deepEqual(await storeStock(world.retailKey, "canvas-sneaker"), {
      "SNEAKER-40": 0,
      "SNEAKER-42": 0,
      "SNEAKER-44": 0,
    })
    assert.equal((await product("wool-scarf", "title")).title, "Merino Scarf")

    // and that edited file, again: nothing left to do
    const again = await importText(s.app.container, edited)
    assert.deepEqual(again.products, { created: 0, updated: 0, unchanged: 5, rejected: 0 })
  })
})
