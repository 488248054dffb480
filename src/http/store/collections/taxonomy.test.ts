import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { serverSuite } from "../../../test-support/server-suite.js"
import { categoryKeys, paging } from "../../../test-support/response-keys.js"

/** /store/collections, /store/product-categories, /store/product-tags, /store/product-types. */
describe("store collections, categories, tags, types", () => {
  const { s } = serverSuite()

  const get = (path: string) => s.request("GET", path, { token: null, key: s.publishableKey })
  const admin = async (path: string, body: unknown) => {
    const r = await s.request("POST", path, { body })
    assert.equal(r.status, 200, JSON.stringify(r.body))
    return r.body
  }

  test("the publishable key gate applies", async () => {
    for (const path of [
      "/store/collections",
      "/store/product-categories",
      "/store/product-tags",
      "/store/product-types",
    ]) {
      assert.equal((await s.request("GET", path, { token: null })).status, 400)
    }
  })

  test("collections: newest first, store defaults, 404, and an admin write shows on the next read (cache)", async () => {
    const first = (await admin("/admin/collections", { title: "First", metadata: { a: 1 } })).collection
    const second = (await admin("/admin/collections", { title: "Second" })).collection
    const listed = await get("/store/collections")
    assert.equal(listed.status, 200)
    assert.deepEqual(
      listed.body.collections.map((c: { id: string }) => c.id),
      [second.id, first.id],
    )
    assert.deepEqual(Object.keys(listed.body.collections[0]).sort(), [
      "created_at",
      "external_id",
      "handle",
      "id",
      "title",
      "updated_at",
    ])
    assert.deepEqual(paging(listed.body), { count: 2, offset: 0, limit: 10 })
    const one = await get(`/store/collections/${first.id}?fields=title,metadata,handle`)
    assert.deepEqual(one.body, { collection: { id: first.id, title: "First", metadata: { a: 1 }, handle: "first" } })
    const missing = await get("/store/collections/pcol_missing")
    assert.deepEqual(missing.body, { type: "not_found", message: "Collection with id: pcol_missing was not found" })

    const again = await get("/store/collections?fields=title")
    assert.ok(again.headers.get("etag"))
    await admin(`/admin/collections/${first.id}`, { title: "First, renamed" })
    const fresh = await get("/store/collections?fields=title")
    assert.deepEqual(
      fresh.body.collections.map((c: { title: string }) => c.title),
      ["Second", "First, renamed"],
    )
    await s.request("DELETE", `/admin/collections/${second.id}`)
    assert.equal((await get("/store/collections?fields=id")).body.count, 1)
    assert.equal((await get(`/store/collections/${second.id}`)).status, 404)
    // not for storefronts: dropped
    assert.deepEqual((await get(`/store/collections/${first.id}?fields=id,products.id`)).body.collection, {
      id: first.id,
    })
  })

  test("categories: only active and public ones, their parent and children, {} for a hidden id", async () => {
    const top = (await admin("/admin/product-categories", { name: "Store top", is_active: true })).product_category
    const child = (
      await admin("/admin/product-categories", { name: "Store child", parent_category_id: top.id, is_active: true })
    ).product_category
    const hidden = (await admin("/admin/product-categories", { name: "Hidden", is_active: true, is_internal: true }))
      .product_category
    const inactive = (await admin("/admin/product-categories", { name: "Inactive" })).product_category
    const listed = await get("/store/product-categories")
    assert.deepEqual(listed.body.product_categories.map((c: { id: string }) => c.id).sort(), [top.id, child.id].sort())
    assert.equal(listed.body.limit, 50)
    const c = listed.body.product_categories.find((x: { id: string }) => x.id === child.id)
    assert.deepEqual(Object.keys(c).sort(), categoryKeys())
    assert.equal(c.parent_category.id, top.id)
    assert.equal(
      (await get(`/store/product-categories/${top.id}`)).body.product_category.category_children[0].id,
      child.id,
    )
    // Medusa answers 200 {} for an unknown, internal or inactive category
    for (const id of ["pcat_missing", hidden.id, inactive.id])
      assert.deepEqual((await get(`/store/product-categories/${id}`)).body, {})
    assert.equal((await get("/store/product-categories?is_internal=true")).status, 400) // not a store filter
    const byName = await get("/store/product-categories?name=Store%20child&fields=name")
    assert.deepEqual(byName.body.product_categories, [{ id: child.id, name: "Store child" }])

    await admin(`/admin/product-categories/${inactive.id}`, { is_active: true })
    assert.equal(
      (await get(`/store/product-categories/${inactive.id}?fields=name`)).body.product_category.name,
      "Inactive",
    )
  })

  test("categories: include_descendants_tree / include_ancestors_tree build Medusa's trees of active, public categories", async () => {
    const cat = async (name: string, extra: Record<string, unknown> = {}) =>
      (await admin("/admin/product-categories", { name, is_active: true, ...extra })).product_category.id as string
    const root = await cat("Tree root")
    const mid = await cat("Tree mid", { parent_category_id: root })
    const mid2 = await cat("Tree mid 2", { parent_category_id: root })
    await cat("Tree off", { parent_category_id: root, is_active: false })
    const leaf = await cat("Tree leaf", { parent_category_id: mid })
    await cat("Tree secret", { parent_category_id: mid, is_internal: true })
    type Node = {
      id: string
      category_children?: Node[]
      parent_category?: Node | null
      parent_category_id?: string | null
    }
    const shape = (n: Node): unknown => ({ id: n.id, children: n.category_children?.map(shape) })

    const down = await get(`/store/product-categories?handle=tree-root&include_descendants_tree=true`)
    const [top] = down.body.product_categories as Node[]
    assert.deepEqual(shape(top), {
      id: root,
      children: [
        { id: mid, children: [{ id: leaf, children: [] }] },
        { id: mid2, children: [] },
      ],
    })
    assert.equal("parent_category" in top, false)
    assert.equal("parent_category" in top.category_children![0], false)
    const picked = await get(
      `/store/product-categories/${root}?include_descendants_tree=true&fields=id,category_children.id`,
    )
    assert.deepEqual(picked.body.product_category, { id: root, category_children: [{ id: mid }, { id: mid2 }] })

    const up = (await get(`/store/product-categories/${leaf}?include_ancestors_tree=true`)).body
      .product_category as Node
    assert.equal(up.parent_category!.id, mid)
    assert.equal(up.parent_category!.parent_category!.id, root)
    assert.equal(up.parent_category!.parent_category!.parent_category, null)
    // both: the first level below keeps no children of its own
    const both = (
      await get(`/store/product-categories/${mid}?include_ancestors_tree=true&include_descendants_tree=true`)
    ).body.product_category as Node
    assert.deepEqual(
      both.category_children!.map((n) => Object.keys(n).includes("category_children")),
      [false],
    )
    assert.equal(both.parent_category!.parent_category, null)

    // an inactive parent ends the chain, and its id goes with it
    const hiddenTop = await cat("Tree hidden top", { is_active: false })
    const under = await cat("Tree under hidden", { parent_category_id: hiddenTop })
    const cut = (await get(`/store/product-categories/${under}?include_ancestors_tree=true`)).body
      .product_category as Node
    assert.equal("parent_category" in cut || "parent_category_id" in cut, false)
    assert.equal((await get(`/store/product-categories/${under}`)).body.product_category.parent_category_id, hiddenTop)
  })

  test("tags and types: list, retrieve, 404s", async () => {
    const tag = (await admin("/admin/product-tags", { value: "Eco" })).product_tag
    const type = (await admin("/admin/product-types", { value: "Shirt" })).product_type
    const tags = await get("/store/product-tags")
    assert.deepEqual(tags.body, { product_tags: [tag], count: 1, offset: 0, limit: 50 })
    assert.deepEqual((await get(`/store/product-types/${type.id}`)).body, { product_type: type })
    assert.deepEqual((await get("/store/product-tags/ptag_missing")).body, {
      type: "not_found",
      message: "Product tag with id: ptag_missing was not found",
    })
    assert.deepEqual((await get("/store/product-types/ptyp_missing")).body, {
      type: "not_found",
      message: "Product type with id: ptyp_missing was not found",
    })
    assert.deepEqual((await get("/store/product-types?q=shi&fields=value")).body.product_types, [
      { id: type.id, value: "Shirt" },
    ])
  })

  test("/store/products filters by collection, category, tag and type; the product shows them", async () => {
    const col = (await admin("/admin/collections", { title: "Filter col" })).collection
    const cat = (await admin("/admin/product-categories", { name: "Filter cat", is_active: true })).product_category
    const tag = (await admin("/admin/product-tags", { value: "Filter tag" })).product_tag
    const type = (await admin("/admin/product-types", { value: "Filter type" })).product_type
    const [p] = await s.app.container.transaction((tx) =>
      tx.modules.product.createProducts([
        { title: "Filtered", handle: "filtered", status: "published", type_id: type.id },
      ]),
    )
    await s.app.container.transaction((tx) => tx.modules.product.setProductTags(p.id as string, [tag.id]))
    await s.request("POST", `/admin/sales-channels/${s.defaults.default_sales_channel_id}/products`, {
      body: { add: [p.id] },
    })
    const ids = async (q: string) =>
      (await get(`/store/products?fields=id&${q}`)).body.products.map((x: { id: string }) => x.id)
    assert.deepEqual(await ids(`collection_id=${col.id}`), [])
    await admin(`/admin/collections/${col.id}/products`, { add: [p.id] })
    await admin(`/admin/product-categories/${cat.id}/products`, { add: [p.id] })
    // each admin write cleared the store cache: the next reads see it
    assert.deepEqual(await ids(`collection_id=${col.id}`), [p.id])
    assert.deepEqual(await ids(`category_id=${cat.id}`), [p.id])
    assert.deepEqual(await ids(`tag_id=${tag.id}`), [p.id])
    assert.deepEqual(await ids(`type_id=${type.id}`), [p.id])
    const read = await get(`/store/products/${p.id}?fields=id,*collection,*type,*tags,*categories`)
    assert.equal(read.body.product.collection.id, col.id)
    assert.equal(read.body.product.type.value, "Filter type")
    assert.deepEqual(
      read.body.product.tags.map((t: { id: string }) => t.id),
      [tag.id],
    )
    assert.deepEqual(
      read.body.product.categories.map((c: { id: string }) => c.id),
      [cat.id],
    )
    // Medusa's category columns carry the parent as a reference: {id} or null
    assert.deepEqual(
      read.body.product.categories.map((c: { parent_category: unknown }) => c.parent_category),
      [null],
    )
    await admin(`/admin/collections/${col.id}/products`, { remove: [p.id] })
    assert.deepEqual(await ids(`collection_id=${col.id}`), [])
  })

  test("the OpenAPI document lists the new routes", async () => {
    const doc = (await s.request("GET", "/openapi.json", { token: null })).body
    for (const path of [
      "/admin/collections",
      "/admin/product-categories",
      "/admin/product-tags",
      "/admin/product-types",
    ]) {
      assert.ok(doc.paths[path].get && doc.paths[path].post, path)
      assert.ok(doc.paths[`${path}/{id}`].delete, path)
    }
    assert.ok(doc.paths["/admin/collections/{id}/products"].post)
    assert.deepEqual(doc.paths["/admin/product-tags"].post.requestBody.content["application/json"].schema.required, [
      "value",
    ])
    for (const path of [
      "/store/collections/{id}",
      "/store/product-categories/{id}",
      "/store/product-tags/{id}",
      "/store/product-types/{id}",
    ]) {
      assert.deepEqual(doc.paths[path].get.security, [{ publishableKey: [] }])
    }
  })
})
