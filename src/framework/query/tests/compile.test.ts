import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { buildSchema } from "../../../app/schema.js"
import { model } from "../../model/index.js"
import { compileGraph } from "../compile.js"
import { Schema } from "../schema.js"

/** SQL-shape tests: what a graph call compiles to, without a database. */
const schema = buildSchema()
const compile = (input: Parameters<typeof compileGraph>[1], count = false) =>
  compileGraph(schema, input, { count }).compile()
/** A counted page of published product ids, with `filters` across the sales channel link. */
const publishedIds = (filters: Record<string, unknown>) =>
  compile({ entity: "product", fields: ["id"], filters: { status: "published", ...filters } }, true)
/** The read driven by the link's pivot: FROM the pivot, the root joined to it. */
const FROM_PIVOT = /FROM "product_sales_channel" "t\d+" JOIN "product" "t0" ON "t0"\."id" = "t\d+"\."product_id"/

describe("compileGraph (SQL shape)", () => {
  test("one statement: the page and its relations in one SELECT, JSON built by PostgreSQL", () => {
    const { text } = compile({
      entity: "product",
      fields: ["id", "variants.inventory_items.inventory.location_levels.*", "sales_channels.name"],
    })
    assert.equal(text.split(";").length, 1)
    assert.match(text, /^SELECT NULL::bigint AS count, \(SELECT coalesce\(json_agg\(/)
    assert.match(text, /json_build_object\('id'/)
    assert.match(text, /FROM "product_sales_channel" "t\d+" JOIN "sales_channel" "t\d+"/)
    assert.match(text, /"t\d+"\."deleted_at" IS NULL/)
  })

  test("a filter across a link is an EXISTS through the pivot, not an id list", () => {
    const { text, values } = compile({
      entity: "product",
      fields: ["id"],
      filters: { sales_channels: { id: ["sc_1", "sc_2"] } },
    })
    assert.match(text, /EXISTS \(SELECT 1 FROM "product_sales_channel" "t\d+" JOIN "sales_channel"/)
    assert.match(text, /= ANY\(\$1::text\[\]\)/)
    assert.deepEqual(values[0], ["sc_1", "sc_2"])
  })

  test("rows of ONE partner are read from the pivot (FROM pivot JOIN root), partner conditions kept", () => {
    const { text, values } = publishedIds({ sales_channels: { id: ["sc_1"], is_disabled: false } })
    assert.match(text, FROM_PIVOT)
    assert.match(text, /"t\d+"\."sales_channel_id" = \$\d+::text/)
    assert.match(text, /EXISTS \(SELECT 1 FROM "sales_channel" "t\d+" WHERE .*"is_disabled" = \$\d+::boolean/)
    assert.ok(values.includes("sc_1"))
  })

  test("link rows of ONE partner (`*_link` filters) drive the read too: FROM pivot JOIN root, the row's conditions on the pivot", () => {
    const { text, values } = publishedIds({ sales_channels_link: { sales_channel_id: ["sc_1"], visible: true } })
    assert.match(text, FROM_PIVOT)
    assert.match(
      text,
      /"t\d+"\."sales_channel_id" = \$\d+::text AND "t\d+"\."deleted_at" IS NULL AND "t\d+"\."visible" = \$\d+::boolean/,
    )
    assert.ok(!text.includes("EXISTS"), text)
    assert.ok(values.includes("sc_1"))
    // several partners: an EXISTS per root row, as before
    const several = compile({
      entity: "product",
      fields: ["id"],
      filters: { sales_channels_link: { sales_channel_id: ["sc_1", "sc_2"], visible: true } },
    })
    assert.match(several.text, /EXISTS \(SELECT 1 FROM "product_sales_channel"/)
  })

  test("values are parameters; identifiers come from the schema only", () => {
    const evil = "x'); DROP TABLE product; --"
    const { text, values } = compile({ entity: "product", fields: ["id"], filters: { title: evil, q: evil } })
    assert.ok(!text.includes("DROP TABLE"))
    assert.ok(values.includes(evil))
    // q is searched word by word, each word a parameter
    for (const word of evil.split(" ")) assert.ok(values.includes(`%${word}%`), word)
  })

  test("a timestamp filter compares the bare column (a millisecond range), so its index still serves", () => {
    const at = "2026-01-02T03:04:05.678Z"
    const { text } = compile({
      entity: "api_key",
      fields: ["id"],
      filters: { revoked_at: { $gt: at, $lte: at }, created_at: at },
    })
    assert.ok(!text.includes("date_trunc"), text)
    assert.match(text, /"revoked_at" >= \(\$\d+::timestamptz \+ interval '1 millisecond'\)/)
    assert.match(text, /"revoked_at" < \(\$\d+::timestamptz \+ interval '1 millisecond'\)/)
  })

  test("count is a second subquery over the same filters; pagination is parameterised", () => {
    const { text, values } = compile(
      { entity: "sales_channel", fields: ["id"], filters: { name: "Web" }, pagination: { skip: 20, take: 10 } },
      true,
    )
    assert.match(text, /^SELECT \(SELECT count\(\*\) FROM "sales_channel" "t0" WHERE/)
    assert.match(text, /LIMIT \$\d+::bigint OFFSET \$\d+::bigint/)
    assert.ok(values.includes(10) && values.includes(20))
  })

  test("the same call compiles to the same text (prepared statements can be reused)", () => {
    const a = compile({
      entity: "product",
      fields: ["id", "variants.sku"],
      filters: { id: ["a"] },
      pagination: { take: 5 },
    })
    const b = compile({
      entity: "product",
      fields: ["id", "variants.sku"],
      filters: { id: ["b", "c"] },
      pagination: { take: 50 },
    })
    assert.equal(a.text, b.text)
  })

  test("objects with more than 50 keys are built in chunks (json_build_object takes 100 arguments)", () => {
    const wide = new Schema()
    const columns = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`c${i}`, model.text()]))
    wide.addModel(model.define("wide", { id: model.id({ prefix: "w" }), ...columns }))
    const { text } = compileGraph(wide, { entity: "wide", fields: ["*"] }, { count: false }).compile()
    assert.match(text, /\(json_build_object\(.*\)::jsonb \|\| json_build_object\(/)
  })
})
