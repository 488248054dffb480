import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { createProduct, liveRows, shirt } from "./test-support/test-fixtures.js"
import { serverSuite } from "../../../test-support/server-suite.js"
import { assertRefused } from "../../../test-support/refusals.js"

const ids = (rows: { id: string }[]) => rows.map((r) => r.id)
const EMPTY = { created: [], updated: [], deleted: { ids: [], object: "product", deleted: true } }

describe("admin products batch: POST /admin/products/batch", () => {
  const { s, events } = serverSuite()

  const create = (body: Record<string, unknown>) => createProduct(s, body)
  const batch = (body: unknown, query = "") => s.request("POST", `/admin/products/batch${query}`, { body })
  const counts = () =>
    liveRows(s, [
      "product",
      "product_variant",
      "product_option",
      "product_variant_price",
      "inventory_item",
      "product_sales_channel",
    ])
  const title = async (id: string) => (await s.request("GET", `/admin/products/${id}?fields=title`)).body.product?.title

  test("create, update and delete in one call: Medusa's shape, records re-read with the route's fields, events", async () => {
    const kept = await create(shirt({ title: "Kept" }))
    const doomed = await create(shirt({ title: "Doomed" }))
    const sc = s.defaults.default_sales_channel_id
    const start = events.length
    const r = await batch({
      create: [
        shirt({ title: "Batch A", sales_channels: [{ id: sc }] }),
        { title: "Batch B", options: [{ title: "Colour", values: ["Red"] }] },
      ],
      update: [{ id: kept.id, title: "Kept, renamed", variants: [{ id: kept.variants[0].id, title: "Small" }] }],
      delete: [doomed.id, "prod_missing"],
    })
    assert.equal(r.status, 200, JSON.stringify(r.body))
    assert.deepEqual(Object.keys(r.body), ["created", "updated", "deleted"])
    const [a, b] = r.body.created
    assert.deepEqual([a.title, a.handle, a.status, b.title], ["Batch A", "batch-a", "draft", "Batch B"])
    assert.deepEqual(ids(a.sales_channels), [sc])
    assert.deepEqual(
      a.variants.map((v: { title: string }) => v.title),
      ["S", "M"],
    )
    assert.deepEqual(
      a.variants[0].prices.map((p: { amount: number }) => p.amount),
      [10],
    )
    assert.equal(a.options[0].values.length, 2)
    assert.deepEqual(ids(r.body.updated), [kept.id])
    assert.equal(r.body.updated[0].title, "Kept, renamed")
    // `variants` on an update is the new set, as on POST /admin/products/:id
    assert.deepEqual(
      r.body.updated[0].variants.map((v: { title: string }) => v.title),
      ["Small"],
    )
    assert.deepEqual(r.body.deleted, { ids: [doomed.id, "prod_missing"], object: "product", deleted: true })

    // the effects, through the GET routes
    assert.equal(await title(a.id), "Batch A")
    assert.equal(await title(kept.id), "Kept, renamed")
    assert.equal((await s.request("GET", `/admin/products/${doomed.id}`)).status, 404)
    const listed = await s.request("GET", `/admin/products?id[]=${a.id}&id[]=${b.id}&id[]=${doomed.id}&fields=id`)
    assert.deepEqual(ids(listed.body.products), [a.id, b.id])

    const names = events
      .slice(start)
      .map((e) => e.name)
      .filter((n) => !n.startsWith("Link"))
    const tally = (name: string) => names.filter((n) => n === name).length
    // as the single-product workflows: a deleted product's variants go without an event of their own
    assert.deepEqual(
      [
        "product.created",
        "product.updated",
        "product.deleted",
        "product-variant.created",
        "product-variant.deleted",
      ].map(tally),
      [2, 1, 1, 2, 1],
    )
  })

  test("an empty body changes nothing; `fields` shapes both lists", async () => {
    assert.deepEqual((await batch({})).body, EMPTY)
    const p = await create(shirt({ title: "Fielded" }))
    const r = await batch(
      { create: [{ title: "New", options: [{ title: "o", values: ["v"] }] }], update: [{ id: p.id, subtitle: "sub" }] },
      "?fields=id,title,subtitle",
    )
    assert.equal(r.status, 200)
    assert.deepEqual(r.body.created, [{ id: r.body.created[0].id, title: "New", subtitle: null }])
    assert.deepEqual(r.body.updated, [{ id: p.id, title: "Fielded", subtitle: "sub" }])
  })

  test("all or nothing: one refused part and no product, variant, option, price, item or link is written, no event sent", async () => {
    const a = await create(shirt({ title: "Untouched A" }))
    const b = await create(shirt({ title: "Untouched B" }))
    const good = {
      create: [shirt({ title: "Would be created" })],
      update: [{ id: a.id, title: "Would be renamed", variants: [] }],
      delete: [b.id],
    }
    const before = await counts()
    const start = events.length
    const cases: [Record<string, unknown>, number, string][] = [
      // the unknown ids of all updates at once, in the product module's words
      [
        { ...good, update: [{ id: "prod_b" }, ...good.update, { id: "prod_a" }] },
        404,
        "Unable to update the products with ids: prod_b, prod_a",
      ],
      [
        { ...good, create: [...good.create, { title: "No options" }] },
        400,
        "Product options are not provided for: [No options].",
      ],
      // the first update already ran when the second is refused
      [
        { ...good, update: [...good.update, { id: b.id, handle: "Bad Handle" }] },
        400,
        "Invalid product handle 'Bad Handle'. It must contain URL safe characters",
      ],
      [
        { ...good, update: [...good.update, { id: b.id, sales_channels: [{ id: "sc_missing" }] }] },
        404,
        "Sales channels with IDs sc_missing do not exist",
      ],
      [
        { ...good, create: [shirt({ title: "Dup", handle: "untouched-b" })] },
        400,
        "Product with handle: untouched-b, already exists.",
      ],
      // a create refused after the updates' product is known to exist: create errors come first, as in Medusa
      [
        { update: [{ id: "prod_missing" }], create: [{ title: "X" }] },
        400,
        "Product options are not provided for: [X].",
      ],
    ]
    for (const [body, status, message] of cases) {
      const r = await batch(body)
      assertRefused(r, status, message, body)
    }
    assert.deepEqual(await counts(), before)
    assert.deepEqual(events.slice(start), [])
    assert.equal(await title(a.id), "Untouched A")
    assert.equal((await s.request("GET", `/admin/products/${b.id}?fields=id`)).status, 200)
    assert.equal((await s.request("GET", "/admin/products?q=would&fields=id")).body.count, 0)
  })

  test("bodies are checked as Medusa's createBatchBody(CreateProduct, AdminBatchUpdateProduct)", async () => {
    const p = await create(shirt({ title: "Checked" }))
    const option = { options: [{ title: "a", values: ["b"] }] }
    const cases: [unknown, string][] = [
      [{ foo: 1 }, "Unrecognized fields: 'foo'"],
      [{ create: {} }, "Expected type: 'array' for field 'create', got: '[object Object]'"],
      [{ update: [{ title: "no id" }] }, "Field 'update, 0, id' is required"],
      [{ update: [{ id: p.id, additional_data: {} }] }, "Unrecognized fields: 'additional_data'"],
      [{ create: [{ title: "x", ...option, additional_data: {} }] }, "Unrecognized fields: 'additional_data'"],
      [{ create: [{ ...option }] }, "Field 'create, 0, title' is required"],
      [
        { update: [{ id: p.id, options: [] }] },
        "The 'options' property was removed in version 2.16.0. Please remove it from your request payload.",
      ],
      [{ delete: [1] }, "Field 'delete, 0' is required"],
    ]
    for (const [body, message] of cases) {
      const r = await batch(body)
      assert.deepEqual(
        [r.status, r.body],
        [400, { type: "invalid_data", message: `Invalid request: ${message}` }],
        JSON.stringify(body),
      )
    }
    assert.equal(await title(p.id), "Checked")
  })

  test("the batch routes and the options list are in the OpenAPI document", async () => {
    const { paths } = (await s.request("GET", "/openapi.json", { token: null })).body
    assert.ok(paths["/admin/products/batch"].post.requestBody)
    assert.ok(paths["/admin/products/{id}/variants/batch"].post.requestBody)
    assert.ok(paths["/admin/products/{id}/options"].get.parameters.some((p: { name: string }) => p.name === "q"))
  })
})
