import assert from "node:assert/strict"
import { Readable } from "node:stream"
import { describe, test } from "node:test"
import { buildProduct, formatLines } from "../../src/workflows/import/build-product.js"
import { parseHeader } from "../../src/workflows/import/columns.js"
import { parseRow, type ImportRow } from "../../src/workflows/import/parse-row.js"
import { readCsv } from "../../src/workflows/import/read-csv.js"

const currencies = new Set(["usd", "eur"])
const header = (line: string) => parseHeader(line.split(","), currencies).header!

describe("import: reading the CSV", () => {
  test("records come out while the file is still being read, not after it", async () => {
    let produced = 0
    async function* source() {
      yield "handle,sku\n"
      for (let i = 0; i < 200; i++) {
        produced++
        yield `p-${i},SKU-${i}\n`
      }
    }
    const seenAt: number[] = []
    for await (const _record of readCsv(Readable.from(source()))) seenAt.push(produced)
    assert.equal(seenAt.length, 201)
    // the first data record was handed over long before the last chunk was produced
    assert.ok(seenAt[1] < 50, `first record after ${seenAt[1]} chunks`)
  })

  test("line numbers: a BOM, blank lines, quoted line breaks, a last line without its line end", async () => {
    const text = '\uFEFFhandle,description\n\na,"one\ntwo\nthree"\nb,x\n\n\nc,"q""uoted"\nd,end'
    const records = []
    for await (const r of readCsv(Readable.from([Buffer.from(text)]))) records.push([r.line, ...r.cells])
    assert.deepEqual(records, [
      [1, "handle", "description"],
      [3, "a", "one\ntwo\nthree"],
      [6, "b", "x"],
      [9, "c", 'q"uoted'],
      [10, "d", "end"],
    ])
  })

  test("multi-byte characters split across chunks arrive whole", async () => {
    const bytes = Buffer.from("handle,title\nmug,Tasse à café – 日本\n", "utf8")
    const chunks = Array.from(bytes, (_, i) => bytes.subarray(i, i + 1))
    const records = []
    for await (const r of readCsv(Readable.from(chunks))) records.push(r.cells)
    assert.deepEqual(records[1], ["mug", "Tasse à café – 日本"])
  })
})

describe("import: one row", () => {
  const h = header(
    "handle,sku,title,status,manage_inventory,allow_backorder,stock,sales_channels,price_usd,option_1_name,option_1_value",
  )

  test("reads every column, trimmed, with defaults left out", () => {
    const { row, problems } = parseRow(
      h,
      [
        "shirt",
        " SH-1 ",
        "Shirt",
        "Published",
        "1",
        "YES",
        "Dock: North:5; Main:0",
        "Web; Web;Shop",
        "19.90",
        "Size",
        "M",
      ],
      4,
    )
    assert.deepEqual(problems, [])
    assert.deepEqual(row, {
      line: 4,
      handle: "shirt",
      sku: "SH-1",
      title: "Shirt",
      description: undefined,
      status: "published",
      salesChannels: ["Web", "Shop"],
      options: [{ name: "Size", value: "M" }],
      variantTitle: undefined,
      prices: [{ currency_code: "usd", amount: 19.9 }],
      manageInventory: true,
      allowBackorder: true,
      // the last colon separates the quantity: a location's name may hold one
      stock: [
        { location: "Dock: North", quantity: 5 },
        { location: "Main", quantity: 0 },
      ],
    } satisfies ImportRow)
  })

  test("lists every problem of a row", () => {
    const { row, problems, handle } = parseRow(
      h,
      ["Shirt!", "", "", "sold", "maybe", "", "Main:-1;Main:2;Main:3", ";", "1,5", "", "M"],
      7,
    )
    assert.equal(row, undefined)
    assert.equal(handle, "Shirt!")
    assert.deepEqual(problems, [
      'handle "Shirt!" is not URL-safe (lower-case letters, digits and single hyphens)',
      "sku is empty",
      'status "sold" is not one of draft, proposed, published, rejected',
      'sales_channels ";" names no channel',
      'option_1_value is "M" but option_1_name is empty',
      'price_usd "1,5" is not an amount (digits, with a dot before decimals: 12.50)',
      'manage_inventory "maybe" is not true or false',
      'stock "Main:-1" is not <location>:<quantity> with a whole quantity',
      'stock names location "Main" twice',
    ])
  })

  test("the header: case-insensitive names, every problem at once", () => {
    const ok = parseHeader(["Handle", "SKU", "Price_EUR", "option_2_value", "option_2_name"], currencies)
    assert.deepEqual(ok.problems, [])
    assert.deepEqual([...ok.header!.prices], [["eur", 2]])
    assert.deepEqual(ok.header!.options, [{ n: 2, name: 4, value: 3 }])
    assert.deepEqual(parseHeader(["handle", "sku", "handle", "", "colour"], currencies).problems, [
      'column "handle" appears twice',
      "column 4 has no name",
      'unknown column "colour"',
    ])
  })
})

describe("import: one product from its rows", () => {
  const row = (line: number, extra: Partial<ImportRow>): ImportRow => ({
    line,
    handle: "p",
    sku: `S${line}`,
    options: [],
    prices: [],
    ...extra,
  })

  test("channel lists agree whatever their order; the first row giving them is remembered", () => {
    const { product, problems } = buildProduct([
      row(2, { title: "P", options: [{ name: "Size", value: "S" }] }),
      row(3, { salesChannels: ["B", "A"], options: [{ name: "Size", value: "M" }] }),
      row(4, { salesChannels: ["A", "B"], title: "P", options: [{ name: "Size", value: "L" }] }),
    ])
    assert.deepEqual(problems, [])
    assert.deepEqual(
      [product!.title, product!.salesChannels, product!.salesChannelsLine, product!.lines],
      ["P", ["B", "A"], 3, [2, 3, 4]],
    )
  })

  test("rows that disagree are one problem each, naming their lines", () => {
    const { product, problems } = buildProduct([
      row(2, { status: "draft", options: [{ name: "Size", value: "S" }] }),
      row(3, { status: "published", sku: "S2", options: [{ name: "Color", value: "Red" }] }),
      row(5, {}),
    ])
    assert.equal(product, undefined)
    assert.deepEqual(
      problems.map((p) => [formatLines(p.lines), p.reason]),
      [
        ["lines 2-3", 'the product\'s rows give different statuses: "draft" (line 2), "published" (line 3)'],
        ["lines 2-3, 5", "the product's rows name different options: [Size] (line 2), [Color] (line 3), none (line 5)"],
        ["lines 2-3", 'sku "S2" is on line 2 and line 3'],
      ],
    )
  })

  test("several variants need options to tell them apart", () => {
    const { problems } = buildProduct([row(2, {}), row(3, {})])
    assert.deepEqual(
      problems.map((p) => p.reason),
      ["the product has 2 variants but no options to tell them apart (give option_1_name and option_1_value)"],
    )
  })
})
