import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { importReport } from "../../src/cli/commands/import.js"
import { testServer, type TestServer } from "../../src/test-support/http.js"
import { importText, importWorld, rejectedLines } from "./support/import-world.js"

const HEADER = "handle,title,sku,price_usd,sales_channels,stock,option_1_name,option_1_value,status"

describe("salesgraph import: bad rows", () => {
  let s: TestServer
  let world: Awaited<ReturnType<typeof importWorld>>
  before(async () => {
    s = await testServer()
    world = await importWorld(s.app.container)
  })
  after(() => s.close())

  const handles = async () =>
    (await s.app.core.pool.query("SELECT handle FROM product WHERE deleted_at IS NULL ORDER BY handle")).rows.map(
      (r) => r.handle,
    )
  const stockOf = async (key: string, handle: string) => {
    const p = (
      await s.request("GET", `/store/products?handle=${handle}&fields=variants.sku,%2Bvariants.inventory_quantity`, {
        key,
        token: null,
      })
    ).body.products[0]
    return (
      p &&
      Object.fromEntries(
        p.variants.map((v: { sku: string; inventory_quantity: number }) => [v.sku, v.inventory_quantity]),
      )
    )
  }

  test("each bad row is reported with its line and reason; its product is not imported; good rows are", async () => {
    await importText(s.app.container, `${HEADER}\ntaken,Taken,TAKEN-1,5,Web shop,,Color,Red,\n`)
    const file = [
      HEADER,
      "mug-a,Mug A,MUG-A-1,10,Web shop,Main warehouse:5,Color,Red,published", // 2
      "mug-a,Mug A,MUG-A-2,abc,Web shop,Main warehouse:5,Color,Blue,published", // 3: bad price
      "mug-b,Mug B,MUG-B-1,10,Web shp,Main warehouse:5,Color,Red,published", // 4: unknown channel
      "mug-c,Mug C,MUG-C-1,10,Web shop,Nowhere:5,Color,Red,published", // 5: unknown location
      "mug-d,Mug D,MUG-D-1,10,Web shop,Main warehouse:7,Color,Red,published", // 6
      "mug-d,Mug DD,MUG-D-2,10,Web shop,Main warehouse:7,Color,Blue,published", // 7: titles disagree
      ",Mug E,MUG-E-1,10,Web shop,Main warehouse:7,Color,Red,published", // 8: no handle
      "mug-f,Mug F,TAKEN-1,10,Web shop,Main warehouse:7,Color,Red,published", // 9: sku of another product
      "mug-g,Mug G,MUG-G-1,12.5,Web shop;Retail store,Main warehouse:7;Downtown store:2,Color,Red,published", // 10: good
      "mug-g,,MUG-G-2,12.5,,Main warehouse:1,Color,Green,published", // 11: good
      "mug-h,Mug H,MUG-H-1,10,Web shop", // 12: too few fields
      "mug-a,Mug A,MUG-A-3,10,Web shop,Main warehouse:5,Color,Green,published", // 13: mug-a again, apart
      "Mug J,Mug J,MUG-J-1,10,Web shop,,Color,Red,published", // 14: bad handle
      "mug-k,Mug K,MUG-K-1,10,Web shop,,Color,Red,published", // 15
      "mug-k,Mug K,MUG-K-2,10,Web shop,,Color,Red,published", // 16: same options as 15
      "mug-l,Mug L,MUG-L-1,10,Web shop,Main warehouse:x,Color,Red,published", // 17: bad quantity
      "mug-m,Mug M,MUG-M-1,10,Retail store,Downtown store:9,Size,,published", // 18: option without value
      "mug-n,Mug N,MUG-N-1,3.25,Retail store,Downtown store:9,Color,Red,", // 19: good
      "mug-o,Mug O,MUG-N-1,10,Web shop,,Color,Red,published", // 20: sku of mug-n, same batch
    ].join("\n")
    const summary = await importText(s.app.container, file)
    assert.deepEqual(
      rejectedLines(summary),
      [
        '13: the rows of product "mug-a" must be consecutive: it already had rows from line 2',
        '3: price_usd "abc" is not an amount (digits, with a dot before decimals: 12.50)',
        '4: sales_channels: no sales channel "Web shp" (known: Default Sales Channel, Retail store, Web shop)',
        '5: stock: no stock location "Nowhere" (known: Downtown store, Main warehouse)',
        '6,7: the product\'s rows give different titles: "Mug D" (line 6), "Mug DD" (line 7)',
        "8: handle is empty",
        '9: sku "TAKEN-1" belongs to a variant of product "taken"',
        "12: the row has 5 fields, the header has 9",
        '14: handle "Mug J" is not URL-safe (lower-case letters, digits and single hyphens)',
        "15,16: lines 15 and 16 have the same options (Color: Red)",
        '17: stock "Main warehouse:x" is not <location>:<quantity> with a whole quantity',
        '18: option_1_name is "Size" but option_1_value is empty',
        '20: sku "MUG-N-1" is also on line 19 (product "mug-n")',
      ].sort((a, b) => parseInt(a) - parseInt(b)),
    )
    assert.deepEqual(summary.products, { created: 2, updated: 0, unchanged: 0, rejected: 12 })
    assert.deepEqual([summary.rows, summary.rowsImported, summary.rowsRejected], [19, 3, 16])

    assert.deepEqual(
      await handles(),
      ["mug-g", "mug-n", "taken"],
      "no rejected product is in the catalogue, not even in part",
    )
    assert.deepEqual(await stockOf(world.webKey, "mug-g"), { "MUG-G-1": 7, "MUG-G-2": 1 })
    assert.deepEqual(await stockOf(world.retailKey, "mug-g"), { "MUG-G-1": 2, "MUG-G-2": 0 })
    // mug-n: retail only, and not published (draft by default): the store does not show it
    assert.equal(await stockOf(world.retailKey, "mug-n"), undefined)
    const { rows } = await s.app.core.pool.query(
      `SELECT p.status, sc.name FROM product p JOIN product_sales_channel l ON l.product_id = p.id AND l.deleted_at IS NULL
       JOIN sales_channel sc ON sc.id = l.sales_channel_id WHERE p.handle = 'mug-n'`,
    )
    assert.deepEqual(rows, [{ status: "draft", name: "Retail store" }])

    // the report: rejected products with their lines, in file order, on stderr
    const report = importReport("bad.csv", summary)
    const lines = report.rejected.split("\n")
    assert.equal(lines[0], 'product "mug-a" (lines 2-3) not imported:')
    assert.equal(lines[1], '  line 3: price_usd "abc" is not an amount (digits, with a dot before decimals: 12.50)')
    assert.ok(lines.includes("line 8: handle is empty"))
    assert.ok(
      lines.indexOf('product "mug-o" (line 20) not imported:') >
        lines.indexOf('product "mug-k" (lines 15-16) not imported:'),
    )
    assert.match(
      report.summary,
      /^bad\.csv: 19 rows read, 3 imported, 16 rejected\.\nproducts: 2 created, 0 updated, 0 unchanged, 12 rejected\n/,
    )
    assert.match(report.summary, /rejected rows are listed on stderr/)
  })

  test("a product a workflow refuses is rejected alone; the rest of its batch is imported", async () => {
    await importText(s.app.container, `${HEADER}\nbowl,Bowl,BOWL-RED,9,Web shop,Main warehouse:4,Color,Red,published\n`)
    const summary = await importText(
      s.app.container,
      [
        HEADER,
        "plate,Plate,PLATE-1,7,Web shop,Main warehouse:3,Color,White,published",
        // a new SKU with the options of the existing BOWL-RED: the variant workflow refuses it
        "bowl,Bowl,BOWL-RED-2,9,Web shop,Main warehouse:4,Color,Red,published",
        "cup,Cup,CUP-1,4,Web shop,Main warehouse:8,Color,White,published",
      ].join("\n"),
    )
    assert.deepEqual(rejectedLines(summary), ["3: Variant (Red) with provided options already exists."])
    assert.deepEqual(summary.products, { created: 2, updated: 0, unchanged: 0, rejected: 1 })
    assert.deepEqual(await stockOf(world.webKey, "cup"), { "CUP-1": 8 })
    assert.deepEqual(await stockOf(world.webKey, "bowl"), { "BOWL-RED": 4 })
  })

  test("options that differ from an existing product's are refused, not silently remapped", async () => {
    const summary = await importText(s.app.container, `${HEADER}\nbowl,Bowl,BOWL-L,9,Web shop,,Size,L,\n`)
    assert.deepEqual(rejectedLines(summary), [
      '2: product "bowl" has options [Color], the file names [Size]: the import does not change a product\'s options',
    ])
  })

  test("a file that breaks off keeps the products read before the break and names the line", async () => {
    const summary = await importText(
      s.app.container,
      [
        HEADER,
        "jar,Jar,JAR-1,6,Web shop,Main warehouse:2,Color,Clear,published",
        "pot,Pot,POT-1,6,Web shop,Main warehouse:2,Color,Clear,published",
        'lid,"Lid,LID-1,2,Web shop,,Color,Black,published',
        "lid,Lid,LID-2,2,Web shop,,Color,White,published",
      ].join("\n"),
    )
    assert.match(summary.fatal!.message, /Quote Not Closed/)
    assert.equal(summary.products.created, 1)
    assert.deepEqual(await stockOf(world.webKey, "jar"), { "JAR-1": 2 })
    // pot was being read when the file broke: the broken part may have held more of its rows
    assert.deepEqual(rejectedLines(summary), [
      "3: the file could not be read past these rows, so the product may be incomplete",
    ])
    assert.ok(!(await handles()).includes("pot"))
    assert.match(importReport("f.csv", summary).rejected, /Quote Not Closed.*; the file was not read further/)
  })

  test("an unusable header stops the import before any row, naming every problem", async () => {
    const before = await handles()
    const summary = await importText(
      s.app.container,
      "handle,title,prize_usd,price_xyz,option_2_name\nnew-thing,New,10,10,Size\n",
    )
    assert.equal(
      summary.fatal!.message,
      'the header cannot be used: unknown column "prize_usd"; column "price_xyz": "xyz" is not a currency code; ' +
        'the required column "sku" is missing; option_2_name and option_2_value come together (only one of them is in the header)',
    )
    assert.equal(summary.rows, 0)
    assert.deepEqual(await handles(), before)
    assert.equal((await importText(s.app.container, "")).fatal!.message, "the file is empty: it needs a header row")
  })

  test("line numbers count CRLF line ends, blank lines and line breaks inside quoted fields", async () => {
    const summary = await importText(
      s.app.container,
      [
        "handle,title,description,sku,price_usd",
        'vase,Vase,"Tall.\r\nHand-made.\r\n",VASE-1,30',
        "",
        "vase-b,Vase B,Short,VASE-B-1,3O",
      ].join("\r\n") + "\r\n",
    )
    assert.deepEqual(rejectedLines(summary), [
      '6: price_usd "3O" is not an amount (digits, with a dot before decimals: 12.50)',
    ])
    assert.equal(summary.products.created, 1)
    const { rows } = await s.app.core.pool.query("SELECT description FROM product WHERE handle = 'vase'")
    // cells are trimmed: the line break before the closing quote goes
    assert.equal(rows[0].description, "Tall.\r\nHand-made.")
  })

  test("a dry run checks everything and writes nothing", async () => {
    const before = await handles()
    const events = (await s.app.core.pool.query("SELECT count(*)::int AS n FROM event_outbox")).rows[0].n
    const summary = await importText(
      s.app.container,
      [
        HEADER,
        "tray,Tray,TRAY-1,11,Web shop,Main warehouse:6,Color,Oak,published",
        "bad,Bad,BAD-1,1,Nowhere,,Color,Red,published",
      ].join("\n"),
      { dryRun: true },
    )
    assert.equal(summary.dryRun, true)
    assert.deepEqual(summary.products, { created: 1, updated: 0, unchanged: 0, rejected: 1 })
    assert.equal(summary.levels, 1)
    assert.deepEqual(await handles(), before)
    assert.equal((await s.app.core.pool.query("SELECT count(*)::int AS n FROM event_outbox")).rows[0].n, events)
    assert.match(importReport("f.csv", summary).summary, /^Dry run \(nothing written\): /)
  })

  test("batches of one product at a time import the same as one batch", async () => {
    const rows = Array.from(
      { length: 7 },
      (_, i) => `spoon-${i},Spoon ${i},SPOON-${i},2,Web shop,Main warehouse:${i},Color,Steel,published`,
    )
    const summary = await importText(s.app.container, [HEADER, ...rows].join("\n"), { batchSize: 1 })
    assert.deepEqual(summary.products, { created: 7, updated: 0, unchanged: 0, rejected: 0 })
    assert.deepEqual(await stockOf(world.webKey, "spoon-6"), { "SPOON-6": 6 })
  })
})
