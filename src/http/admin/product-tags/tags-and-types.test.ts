import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { serverSuite } from "../../../test-support/server-suite.js"

const KEYS = ["created_at", "external_id", "id", "metadata", "updated_at", "value"]

/** Product tags and types: the same contract but for names, prefixes, limits and messages. */
const KINDS = [
  {
    path: "/admin/product-tags",
    key: "product_tag",
    listKey: "product_tags",
    prefix: "ptag",
    event: "product-tag",
    label: "Product tag",
    limit: 20,
  },
  {
    path: "/admin/product-types",
    key: "product_type",
    listKey: "product_types",
    prefix: "ptyp",
    event: "product-type",
    label: "Product type",
    limit: 10,
  },
]

describe("admin product tags and types", () => {
  const { s, events } = serverSuite()

  for (const k of KINDS) {
    test(`${k.path}: create, retrieve, list, update, delete with Medusa's bodies and events`, async () => {
      events.length = 0
      const created = await s.request("POST", k.path, { body: { value: "Cotton", metadata: { a: 1 } } })
      assert.equal(created.status, 200)
      const rec = created.body[k.key]
      assert.match(rec.id, new RegExp(`^${k.prefix}_[0-9A-Z]{26}$`))
      assert.deepEqual(Object.keys(rec).sort(), KEYS)
      assert.deepEqual(
        events.map((e) => [e.name, e.data]),
        [[`${k.event}.created`, { id: rec.id }]],
      )
      assert.deepEqual((await s.request("GET", `${k.path}/${rec.id}`)).body, { [k.key]: rec })

      const other = (await s.request("POST", k.path, { body: { value: "Linen", external_id: "x-1" } })).body[k.key]
      const listed = await s.request("GET", `${k.path}?q=cott`)
      assert.deepEqual(listed.body, { [k.listKey]: [rec], count: 1, offset: 0, limit: k.limit })
      const byValue = await s.request("GET", `${k.path}?value[]=Linen&fields=value`)
      assert.deepEqual(byValue.body[k.listKey], [{ id: other.id, value: "Linen" }])
      const ordered = await s.request("GET", `${k.path}?order=-value&fields=value&limit=1`)
      assert.deepEqual(ordered.body, { [k.listKey]: [{ id: other.id, value: "Linen" }], count: 2, offset: 0, limit: 1 })

      events.length = 0
      const updated = await s.request("POST", `${k.path}/${rec.id}`, {
        body: { value: "Organic cotton", metadata: { b: 2 } },
      })
      assert.equal(updated.body[k.key].value, "Organic cotton")
      assert.deepEqual(updated.body[k.key].metadata, { a: 1, b: 2 })
      assert.deepEqual(
        events.map((e) => e.name),
        [`${k.event}.updated`],
      )

      events.length = 0
      const del = await s.request("DELETE", `${k.path}/${other.id}`)
      assert.deepEqual(del.body, { id: other.id, object: k.key, deleted: true })
      assert.deepEqual(
        events.map((e) => [e.name, e.data]),
        [[`${k.event}.deleted`, { id: other.id }]],
      )
      assert.deepEqual((await s.request("GET", `${k.path}/${other.id}`)).body, {})
      // a deleted value may be used again
      assert.equal((await s.request("POST", k.path, { body: { value: "Linen" } })).status, 200)
    })

    test(`${k.path}: errors in Medusa's words, nothing written`, async () => {
      const count = async () => (await s.request("GET", `${k.path}?fields=id`)).body.count
      await s.request("POST", k.path, { body: { value: "Taken" } })
      const before = await count()
      const cases: [unknown, string][] = [
        [{ value: "Taken" }, `${k.label} with value: Taken, already exists.`],
        [{}, "Invalid request: Field 'value' is required"],
        [{ value: "x", foo: 1 }, "Invalid request: Unrecognized fields: 'foo'"],
        [{ value: "x", additional_data: {} }, "Invalid request: Unrecognized fields: 'additional_data'"],
      ]
      for (const [body, message] of cases) {
        const r = await s.request("POST", k.path, { body })
        assert.equal(r.status, 400)
        assert.deepEqual(r.body, { type: "invalid_data", message })
      }
      assert.equal(await count(), before)
      const missing = `${k.prefix}_missing`
      assert.deepEqual((await s.request("GET", `${k.path}/${missing}`)).body, {})
      const upd = await s.request("POST", `${k.path}/${missing}`, { body: { value: "y" } })
      assert.equal(upd.status, 404)
      assert.deepEqual(upd.body, { type: "not_found", message: `${k.label} with id "${missing}" not found` })
      assert.deepEqual((await s.request("DELETE", `${k.path}/${missing}`)).body, {
        id: missing,
        object: k.key,
        deleted: true,
      })
      assert.deepEqual((await s.request("GET", `${k.path}?foo=1`)).body, {
        type: "invalid_data",
        message: "Invalid request: Unrecognized fields: 'foo'",
      })
    })
  }

  test("a product's tags and type read through Query; deleting them detaches the product", async () => {
    const tag = (await s.request("POST", "/admin/product-tags", { body: { value: "On product" } })).body.product_tag
    const type = (await s.request("POST", "/admin/product-types", { body: { value: "On product" } })).body.product_type
    const [product] = await s.app.container.transaction((tx) =>
      tx.modules.product.createProducts([{ title: "Tagged", handle: "tagged", type_id: type.id }]),
    )
    await s.app.container.transaction((tx) => tx.modules.product.setProductTags(product.id as string, [tag.id]))
    const read = await s.request("GET", `/admin/products/${product.id}?fields=id,*tags,*type`)
    assert.deepEqual(
      read.body.product.tags.map((t: { value: string }) => t.value),
      ["On product"],
    )
    assert.equal(read.body.product.type.id, type.id)
    const tagProducts = await s.request("GET", `/admin/product-tags/${tag.id}?fields=id,products.id`)
    assert.deepEqual(tagProducts.body.product_tag.products, [{ id: product.id }])

    await s.request("DELETE", `/admin/product-tags/${tag.id}`)
    await s.request("DELETE", `/admin/product-types/${type.id}`)
    const after = await s.request("GET", `/admin/products/${product.id}?fields=id,type_id,*tags,*type`)
    assert.deepEqual(after.body.product.tags, [])
    assert.equal(after.body.product.type_id, null)
    assert.equal(after.body.product.type, null)
  })
})
