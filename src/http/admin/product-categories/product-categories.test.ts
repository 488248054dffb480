import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { serverSuite } from "../../../test-support/server-suite.js"
import { categoryKeys } from "../../../test-support/response-keys.js"
import { adminCreate } from "../../../test-support/admin-requests.js"

const KEYS = categoryKeys("is_active", "is_internal")
type Cat = { id: string; name: string; rank: number; mpath?: string }

describe("admin product categories", () => {
  const { s, events } = serverSuite()

  const create = adminCreate(s, "/admin/product-categories", "product_category")
  const children = async (id: string) =>
    (await s.request("GET", `/admin/product-categories?parent_category_id=${id}&fields=name,rank,mpath&order=rank`))
      .body.product_categories as Cat[]
  /** Checks a parent's children in rank order: their names, and ranks running 0, 1, 2… without a gap. */
  const assertSiblings = async (parentId: string, names: string[]) =>
    assert.deepEqual(
      (await children(parentId)).map((x) => [x.name, x.rank]),
      names.map((name, rank) => [name, rank]),
    )

  test("create: handle from the name, defaults, parent and children as Medusa shows them, events", async () => {
    events.length = 0
    const top = await create({ name: "Top Cat ÄÖ! x_y" })
    assert.deepEqual(Object.keys(top).sort(), KEYS)
    assert.equal(top.handle, "top-cat-äö!-x-y")
    assert.deepEqual(
      {
        description: top.description,
        is_active: top.is_active,
        is_internal: top.is_internal,
        rank: top.rank,
        parent: top.parent_category,
        children: top.category_children,
      },
      { description: "", is_active: false, is_internal: false, rank: 0, parent: null, children: [] },
    )
    assert.deepEqual(
      events.map((e) => [e.name, e.data]),
      [["product-category.created", { id: top.id }]],
    )

    const child = await create({ name: "Child", parent_category_id: top.id, is_active: true })
    assert.equal(child.parent_category_id, top.id)
    assert.equal(child.parent_category.id, top.id)
    assert.equal(child.parent_category.mpath, top.id) // `*parent_category`: every column, mpath and deleted_at too
    assert.equal(child.parent_category.deleted_at, null)
    const got = await s.request("GET", `/admin/product-categories/${top.id}`)
    assert.deepEqual(
      got.body.product_category.category_children.map((c: Cat) => [c.id, c.mpath]),
      [[child.id, `${top.id}.${child.id}`]],
    )

    const roots = await s.request("GET", "/admin/product-categories?parent_category_id=null&fields=id")
    assert.deepEqual(roots.body.product_categories, [{ id: top.id }])
    const active = await s.request("GET", "/admin/product-categories?is_active=true&fields=id")
    assert.deepEqual(active.body.product_categories, [{ id: child.id }])
    const byQ = await s.request("GET", "/admin/product-categories?q=top-cat&fields=id&include_descendants_tree=true")
    assert.deepEqual(byQ.body, { product_categories: [{ id: top.id }], count: 1, offset: 0, limit: 50 })
  })

  test("ranks: appended, inserted, clamped, closed on move and delete; mpath follows a move", async () => {
    const parent = await create({ name: "Ranked" })
    const a = await create({ name: "A", parent_category_id: parent.id })
    const b = await create({ name: "B", parent_category_id: parent.id })
    const c = await create({ name: "C", parent_category_id: parent.id, rank: 0 })
    const d = await create({ name: "D", parent_category_id: parent.id, rank: 99 })
    await assertSiblings(parent.id, ["C", "A", "B", "D"])

    await s.request("POST", `/admin/product-categories/${d.id}`, { body: { rank: 1 } })
    await assertSiblings(parent.id, ["C", "D", "A", "B"])

    const other = await create({ name: "Other parent" })
    const grand = await create({ name: "Grand", parent_category_id: a.id })
    events.length = 0
    const moved = await s.request("POST", `/admin/product-categories/${a.id}`, {
      body: { parent_category_id: other.id },
    })
    assert.equal(moved.body.product_category.parent_category_id, other.id)
    assert.deepEqual(
      events.map((e) => e.name),
      ["product-category.updated"],
    )
    await assertSiblings(parent.id, ["C", "D", "B"])
    assert.deepEqual(
      (await children(a.id)).map((x) => x.mpath),
      [`${other.id}.${a.id}.${grand.id}`],
    )

    const cycle = await s.request("POST", `/admin/product-categories/${other.id}`, {
      body: { parent_category_id: grand.id },
    })
    assert.equal(cycle.status, 400)
    assert.equal(
      (await s.request("GET", `/admin/product-categories/${other.id}?fields=parent_category_id`)).body.product_category
        .parent_category_id,
      null,
    )

    events.length = 0
    const del = await s.request("DELETE", `/admin/product-categories/${c.id}`)
    assert.deepEqual(del.body, { id: c.id, object: "product_category", deleted: true })
    assert.deepEqual(
      events.map((e) => [e.name, e.data]),
      [["product-category.deleted", { id: c.id }]],
    )
    await assertSiblings(parent.id, ["D", "B"])
    void b
  })

  test("a fractional rank lands on the next whole one (Medusa: 1.5 → 2); metadata is replaced, not merged", async () => {
    const parent = await create({ name: "Fractions" })
    for (const name of ["F0", "F1", "F2"]) await create({ name, parent_category_id: parent.id })
    const half = await create({ name: "Half", parent_category_id: parent.id, rank: 1.5 })
    assert.equal(half.rank, 2)
    await assertSiblings(parent.id, ["F0", "F1", "Half", "F2"])

    const meta = await create({ name: "Meta", metadata: { a: 1, b: 2 } })
    const update = async (body: object) =>
      (await s.request("POST", `/admin/product-categories/${meta.id}?fields=metadata`, { body })).body.product_category
        .metadata
    assert.deepEqual(await update({ metadata: { b: "", c: 3 } }), { b: "", c: 3 })
    assert.deepEqual(await update({ name: "Meta 2" }), { b: "", c: 3 })
    assert.deepEqual(await update({ metadata: {} }), {})
    assert.equal(await update({ metadata: null }), null)
  })

  test("include_descendants_tree / include_ancestors_tree build Medusa's trees on the admin reads and writes", async () => {
    const root = await create({ name: "Tree root" })
    const mid = await create({ name: "Tree mid", parent_category_id: root.id })
    const mid2 = await create({ name: "Tree mid 2", parent_category_id: root.id })
    const leaf = await create({ name: "Tree leaf", parent_category_id: mid.id, is_active: false })
    type Node = { id: string; category_children?: Node[]; parent_category?: Node | null }
    const down = (n: Node): unknown => ({ id: n.id, children: n.category_children?.map(down) })
    const up = (n: Node | null | undefined): unknown =>
      n && { id: n.id, children: n.category_children?.map((c) => c.id), parent: up(n.parent_category) }

    // descendants: every level (inactive ones too, on the admin), deepest []
    const one = (await s.request("GET", `/admin/product-categories/${root.id}?include_descendants_tree=true`)).body
      .product_category
    assert.deepEqual(down(one), {
      id: root.id,
      children: [
        { id: mid.id, children: [{ id: leaf.id, children: [] }] },
        { id: mid2.id, children: [] },
      ],
    })
    assert.equal(one.parent_category, null) // the retrieve keeps the empty parent, the list drops the parent
    const listed = (await s.request("GET", `/admin/product-categories?id=${mid.id}&include_descendants_tree=true`)).body
      .product_categories
    assert.deepEqual(listed.map(down), [{ id: mid.id, children: [{ id: leaf.id, children: [] }] }])
    assert.equal("parent_category" in listed[0], false)

    // ancestors: the parent chain to the root, each parent with its own children one level deep
    const chain = (await s.request("GET", `/admin/product-categories/${leaf.id}?include_ancestors_tree=true`)).body
      .product_category
    assert.deepEqual(up(chain.parent_category), {
      id: mid.id,
      children: [leaf.id],
      parent: { id: root.id, children: [mid.id, mid2.id], parent: null },
    })
    const picked = (
      await s.request(
        "GET",
        `/admin/product-categories/${leaf.id}?include_ancestors_tree=true&fields=id,parent_category.id`,
      )
    ).body
    assert.deepEqual(picked, { product_category: { id: leaf.id, parent_category: { id: mid.id } } })

    // a write's re-read takes the same parameters
    const moved = await s.request(
      "POST",
      `/admin/product-categories/${mid2.id}?include_ancestors_tree=true&fields=id,*parent_category`,
      { body: { name: "Tree mid two" } },
    )
    assert.equal(moved.body.product_category.parent_category.id, root.id)
    assert.equal(moved.body.product_category.parent_category.parent_category, null)
    // …but not the products route's (Medusa's re-reads the category alone)
    const linked = await s.request(
      "POST",
      `/admin/product-categories/${root.id}/products?include_descendants_tree=true&fields=id,*category_children`,
      { body: {} },
    )
    assert.deepEqual(
      linked.body.product_category.category_children.map((c: Node) => "category_children" in c),
      [false, false],
    )

    // children come by rank when the read has ranks, else in id order, as Medusa's sort leaves them
    const first = await create({ name: "Tree first", parent_category_id: root.id, rank: 0 })
    const names = async (fields: string) =>
      (
        await s.request("GET", `/admin/product-categories/${root.id}?include_descendants_tree=true&fields=${fields}`)
      ).body.product_category.category_children.map((c: Node) => c.id)
    assert.deepEqual(await names("id,rank,*category_children"), [first.id, mid.id, mid2.id])
    assert.deepEqual(await names("id,category_children.id"), [mid.id, mid2.id, first.id])
  })

  test("errors in Medusa's words, nothing written", async () => {
    const count = async () => (await s.request("GET", "/admin/product-categories?fields=id")).body.count
    const parent = await create({ name: "Dup" })
    await create({ name: "Kid", parent_category_id: parent.id })
    const before = await count()
    const cases: [unknown, number, object][] = [
      [{ name: "Dup" }, 400, { type: "invalid_data", message: "Product category with handle: dup, already exists." }],
      [{}, 400, { type: "invalid_data", message: "Invalid request: Field 'name' is required" }],
      [{ name: "x", foo: 1 }, 400, { type: "invalid_data", message: "Invalid request: Unrecognized fields: 'foo'" }],
      // Medusa: 500 invalid_argument with this message
      [
        { name: "Orphan", parent_category_id: "pcat_missing" },
        400,
        { type: "invalid_data", message: "Parent category with id: 'pcat_missing' does not exist" },
      ],
    ]
    for (const [body, status, expected] of cases) {
      const r = await s.request("POST", "/admin/product-categories", { body })
      assert.equal(r.status, status)
      assert.deepEqual(r.body, expected)
    }
    assert.equal(await count(), before)
    const got = await s.request("GET", "/admin/product-categories/pcat_missing")
    assert.deepEqual(got.body, { type: "not_found", message: "Product category with id: pcat_missing was not found" })
    assert.deepEqual(
      (await s.request("POST", "/admin/product-categories/pcat_missing", { body: { name: "y" } })).body,
      {},
    )
    const del = await s.request("DELETE", "/admin/product-categories/pcat_missing")
    assert.deepEqual(del.body, { type: "not_found", message: "ProductCategory with id: pcat_missing was not found" })
    const withKids = await s.request("DELETE", `/admin/product-categories/${parent.id}`)
    assert.equal(withKids.status, 400)
    assert.deepEqual(withKids.body, {
      type: "not_allowed",
      message: `Deleting ProductCategory (${parent.id}) with category children is not allowed`,
    })
    assert.equal(await count(), before)
  })

  test("products: add / remove through the pivot; unknown ids → 404 and nothing written; seen on the product", async () => {
    const cat = await create({ name: "Shirts" })
    const [p1, p2] = await s.app.container.transaction((tx) =>
      tx.modules.product.createProducts([
        { title: "Cat-1", handle: "cat-1" },
        { title: "Cat-2", handle: "cat-2" },
      ]),
    )
    events.length = 0
    const added = await s.request("POST", `/admin/product-categories/${cat.id}/products`, {
      body: { add: [p1.id, p2.id] },
    })
    assert.equal(added.status, 200)
    assert.equal(added.body.product_category.id, cat.id)
    assert.deepEqual(
      events.map((e) => e.name),
      ["product-category.updated"],
    )
    const seen = await s.request("GET", `/admin/products?id[]=${p1.id}&fields=id,*categories`)
    assert.deepEqual(
      seen.body.products[0].categories.map((c: Cat) => c.id),
      [cat.id],
    )
    const filtered = await s.request("GET", `/admin/products?category_id[]=${cat.id}&fields=id`)
    assert.equal(filtered.body.count, 2)

    const bad = await s.request("POST", `/admin/product-categories/${cat.id}/products`, {
      body: { add: ["prod_nope"], remove: [p1.id] },
    })
    assert.deepEqual(bad.body, { type: "not_found", message: "Products with IDs prod_nope do not exist" })
    // Medusa refuses adding to an unknown category in these words (and answers 200 {} when it
    // adds nothing); salesgraph refuses either
    const unknown = await s.request("POST", "/admin/product-categories/pcat_missing/products", {
      body: { add: [p1.id] },
    })
    const refusal = {
      type: "not_found",
      message: "You tried to set relationship product_category_id: pcat_missing, but such entity does not exist",
    }
    assert.deepEqual(unknown.body, refusal)
    assert.deepEqual(
      (await s.request("POST", "/admin/product-categories/pcat_missing/products", { body: { remove: [p1.id] } })).body,
      refusal,
    )
    assert.equal(
      (await s.request("GET", `/admin/product-categories/${cat.id}?fields=products.id`)).body.product_category.products
        .length,
      2,
    )

    // a product both added and removed loses the category, as in Medusa's step
    await s.request("POST", `/admin/product-categories/${cat.id}/products`, { body: { add: [p1.id], remove: [p1.id] } })
    const after = await s.request("GET", `/admin/product-categories/${cat.id}?fields=id,products.id`)
    assert.deepEqual(after.body.product_category.products, [{ id: p2.id }])
    await s.request("DELETE", `/admin/product-categories/${cat.id}`)
    assert.deepEqual(
      (await s.request("GET", `/admin/products/${p2.id}?fields=id,*categories`)).body.product.categories,
      [],
    )
  })
})
