import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { serverSuite } from "../../../test-support/server-suite.js"

const KEYS = ["created_at", "external_id", "handle", "id", "metadata", "title", "updated_at"]

describe("admin collections", () => {
  const { s, events } = serverSuite()

  const count = async () => (await s.request("GET", "/admin/collections?fields=id")).body.count
  const products = (titles: string[]) =>
    s.app.container.transaction((tx) =>
      tx.modules.product.createProducts(titles.map((title) => ({ title, handle: title.toLowerCase() }))),
    )

  test("create: the handle from the title in Medusa's kebab-case; retrieve, list, update, events", async () => {
    events.length = 0
    const created = await s.request("POST", "/admin/collections", {
      body: { title: "Summer Sale ÄÖ! x_y", metadata: { a: 1 } },
    })
    assert.equal(created.status, 200)
    const col = created.body.collection
    assert.match(col.id, /^pcol_[0-9A-Z]{26}$/)
    assert.deepEqual(Object.keys(col).sort(), KEYS)
    assert.equal(col.handle, "summer-sale-äö!-x-y")
    assert.equal(col.external_id, null)
    assert.deepEqual(
      events.map((e) => [e.name, e.data]),
      [["product-collection.created", { id: col.id }]],
    )

    assert.deepEqual((await s.request("GET", `/admin/collections/${col.id}`)).body, { collection: col })
    const second = (
      await s.request("POST", "/admin/collections", { body: { title: "Winter", handle: "cold", external_id: "ext-1" } })
    ).body.collection
    assert.equal(second.handle, "cold")

    const listed = await s.request("GET", "/admin/collections?q=summer")
    assert.deepEqual(listed.body, { collections: [col], count: 1, offset: 0, limit: 10 })
    const byHandle = await s.request("GET", "/admin/collections?handle=cold&fields=title")
    assert.deepEqual(byHandle.body.collections, [{ id: second.id, title: "Winter" }])
    // fields nothing can answer are left out, as in Medusa (no 400)
    const unknownFields = await s.request(
      "GET",
      `/admin/collections/${second.id}?fields=title,nope,*nothing,products.nope`,
    )
    assert.deepEqual(unknownFields.body, { collection: { id: second.id, title: "Winter" } })
    const byExternal = await s.request("GET", "/admin/collections?external_id=ext-1&fields=id")
    assert.equal(byExternal.body.count, 1)
    // Medusa reads a query-string "null" as null (IS NULL); q=null filters nothing
    const noExternal = await s.request("GET", "/admin/collections?external_id=null&fields=id")
    assert.deepEqual(noExternal.body.collections, [{ id: col.id }])
    assert.equal((await s.request("GET", "/admin/collections?q=null&fields=id")).body.count, 2)

    events.length = 0
    const updated = await s.request("POST", `/admin/collections/${col.id}`, {
      body: { title: "Summer", metadata: { b: 2 }, additional_data: { x: 1 } },
    })
    assert.equal(updated.status, 200)
    assert.equal(updated.body.collection.title, "Summer")
    assert.equal(updated.body.collection.handle, "summer-sale-äö!-x-y") // the handle stays
    assert.deepEqual(updated.body.collection.metadata, { a: 1, b: 2 })
    assert.deepEqual(
      events.map((e) => e.name),
      ["product-collection.updated"],
    )
  })

  test("errors in Medusa's words, nothing written", async () => {
    const before = await count()
    await s.request("POST", "/admin/collections", { body: { title: "Dup" } })
    const cases: [unknown, string][] = [
      [{ title: "Dup" }, "Product collection with handle: dup, already exists."],
      [{}, "Invalid request: Field 'title' is required"],
      [{ title: "x", foo: 1 }, "Invalid request: Unrecognized fields: 'foo'"],
      // an empty title gives no handle: Medusa's not-null check
      [{ title: "" }, "Cannot set field 'handle' of Product collection to null"],
    ]
    for (const [body, message] of cases) {
      const r = await s.request("POST", "/admin/collections", { body })
      assert.equal(r.status, 400)
      assert.deepEqual(r.body, { type: "invalid_data", message })
    }
    assert.equal(await count(), before + 1)
    // Medusa: an unknown id reads as 200 {} and deletes as its envelope; an update is a 404
    assert.deepEqual((await s.request("GET", "/admin/collections/pcol_missing")).body, {})
    const upd = await s.request("POST", "/admin/collections/pcol_missing", { body: { title: "y" } })
    assert.equal(upd.status, 404)
    assert.deepEqual(upd.body, { type: "not_found", message: 'Collection with id "pcol_missing" not found' })
    const del = await s.request("DELETE", "/admin/collections/pcol_missing")
    assert.deepEqual(del.body, { id: "pcol_missing", object: "collection", deleted: true })
    assert.equal((await s.request("GET", "/admin/collections", { token: null })).status, 401)
  })

  test("products: add / remove set their collection; unknown ids → 404 and nothing written; delete detaches", async () => {
    const col = (await s.request("POST", "/admin/collections", { body: { title: "Linked" } })).body.collection
    const other = (await s.request("POST", "/admin/collections", { body: { title: "Other" } })).body.collection
    const [a, b] = await products(["Coll-A", "Coll-B"])
    events.length = 0
    const added = await s.request("POST", `/admin/collections/${col.id}/products`, { body: { add: [a.id, b.id] } })
    assert.equal(added.status, 200)
    assert.deepEqual(Object.keys(added.body.collection).sort(), KEYS)
    assert.deepEqual(
      events.map((e) => e.name),
      ["product-collection.updated"],
    )
    const withProducts = await s.request("GET", `/admin/collections/${col.id}?fields=id,products.id`)
    assert.deepEqual(withProducts.body.collection.products.map((p: { id: string }) => p.id).sort(), [a.id, b.id].sort())
    const seen = await s.request("GET", `/admin/products?id[]=${a.id}&fields=id,collection_id,*collection`)
    assert.equal(seen.body.products[0].collection_id, col.id)
    assert.equal(seen.body.products[0].collection.title, "Linked")

    const bad = await s.request("POST", `/admin/collections/${col.id}/products`, {
      body: { add: ["prod_nope"], remove: [a.id] },
    })
    assert.deepEqual(bad.body, { type: "not_found", message: "Products with IDs prod_nope do not exist" })
    const unknown = await s.request("POST", "/admin/collections/pcol_missing/products", { body: { add: [a.id] } })
    assert.deepEqual(unknown.body, {
      type: "not_found",
      message: "ProductCollection with id: pcol_missing was not found",
    })
    const badBody = await s.request("POST", `/admin/collections/${col.id}/products`, { body: { foo: 1 } })
    assert.deepEqual(badBody.body, { type: "invalid_data", message: "Invalid request: Unrecognized fields: 'foo'" })
    assert.equal(
      (await s.request("GET", `/admin/collections/${col.id}?fields=products.id`)).body.collection.products.length,
      2,
    )

    // removing from a collection the product is not in changes nothing; moving to another collection works
    await s.request("POST", `/admin/collections/${other.id}/products`, { body: { remove: [a.id], add: [b.id] } })
    const moved = await s.request("GET", `/admin/products?id[]=${a.id},${b.id}&fields=id,collection_id&order=title`)
    assert.deepEqual(
      moved.body.products.map((p: { collection_id: string }) => p.collection_id),
      [col.id, other.id],
    )
    await s.request("POST", `/admin/collections/${col.id}/products`, { body: { remove: [a.id] } })
    assert.equal(
      (await s.request("GET", `/admin/products/${a.id}?fields=collection_id`)).body.product.collection_id,
      null,
    )

    events.length = 0
    const del = await s.request("DELETE", `/admin/collections/${other.id}`)
    assert.deepEqual(del.body, { id: other.id, object: "collection", deleted: true })
    assert.deepEqual(
      events.map((e) => [e.name, e.data]),
      [["product-collection.deleted", { id: other.id }]],
    )
    assert.deepEqual((await s.request("GET", `/admin/collections/${other.id}`)).body, {})
    const detached = await s.request("GET", `/admin/products/${b.id}?fields=collection_id,*collection`)
    assert.equal(detached.body.product.collection_id, null) // salesgraph: no product points at a deleted collection
    assert.equal(detached.body.product.collection, null)
  })
})
