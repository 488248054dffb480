import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import type { Medusa } from "./test-support/medusa.js"
import { testServer, type TestServer } from "../test-support/http.js"
import { adminSdk, fetchError, ids, sdkFor } from "./test-support/harness.js"

describe("JS SDK: sdk.admin.productCollection, productCategory, productTag, productType; sdk.store.collection, category", () => {
  let s: TestServer
  let sdk: Medusa
  before(async () => {
    s = await testServer()
    sdk = await adminSdk(s)
  })
  after(() => s.close())

  test("collections and categories: create, update, products, list, delete; the storefront reads them", async () => {
    const [product] = await s.app.container.transaction((tx) =>
      tx.modules.product.createProducts([{ title: "SDK shirt", handle: "sdk-shirt", status: "published" }]),
    )
    const { collection } = await sdk.admin.productCollection.create({ title: "SDK Summer" })
    assert.equal(collection.handle, "sdk-summer")
    await sdk.admin.productCollection.updateProducts(collection.id, { add: [product.id as string] })
    const { collection: updated } = await sdk.admin.productCollection.update(
      collection.id,
      { title: "SDK Summer 2" },
      { fields: "id,title,products.id" },
    )
    assert.deepEqual([updated.title, ids(updated.products!)], ["SDK Summer 2", [product.id]])

    const { product_category: top } = await sdk.admin.productCategory.create({ name: "SDK Top", is_active: true })
    const { product_category: child } = await sdk.admin.productCategory.create({
      name: "SDK Child",
      parent_category_id: top.id,
      is_active: true,
    })
    await sdk.admin.productCategory.updateProducts(child.id, { add: [product.id as string] })
    const { product_categories } = await sdk.admin.productCategory.list({ parent_category_id: top.id })
    assert.deepEqual(ids(product_categories), [child.id])
    assert.equal((await sdk.admin.productCategory.retrieve(top.id)).product_category.category_children[0].id, child.id)

    const store = sdkFor(s)
    assert.deepEqual(ids((await store.store.collection.list()).collections), [collection.id])
    assert.equal((await store.store.collection.retrieve(collection.id)).collection.title, "SDK Summer 2")
    assert.deepEqual(
      ids((await store.store.category.list({ fields: "id" })).product_categories).sort(),
      [top.id, child.id].sort(),
    )
    assert.equal((await store.store.category.retrieve(child.id)).product_category.parent_category!.id, top.id)
    await fetchError(
      store.store.collection.retrieve("pcol_missing"),
      404,
      "Collection with id: pcol_missing was not found",
    )

    assert.deepEqual(await sdk.admin.productCollection.delete(collection.id), {
      id: collection.id,
      object: "collection",
      deleted: true,
    })
    await fetchError(
      sdk.admin.productCategory.delete(top.id),
      400,
      `Deleting ProductCategory (${top.id}) with category children is not allowed`,
    )
    assert.deepEqual(await sdk.admin.productCategory.delete(child.id), {
      id: child.id,
      object: "product_category",
      deleted: true,
    })
    assert.equal((await store.store.collection.list()).count, 0)
  })

  test("tags and types: create, list, retrieve, update, delete; duplicates refused", async () => {
    const { product_tag: tag } = await sdk.admin.productTag.create({ value: "sdk-tag" })
    await fetchError(
      sdk.admin.productTag.create({ value: "sdk-tag" }),
      400,
      "Product tag with value: sdk-tag, already exists.",
    )
    assert.equal((await sdk.admin.productTag.update(tag.id, { value: "sdk-tag-2" })).product_tag.value, "sdk-tag-2")
    assert.deepEqual(ids((await sdk.admin.productTag.list({ q: "sdk" })).product_tags), [tag.id])
    assert.deepEqual(await sdk.admin.productTag.delete(tag.id), { id: tag.id, object: "product_tag", deleted: true })

    const { product_type: type } = await sdk.admin.productType.create({ value: "sdk-type" })
    assert.equal((await sdk.admin.productType.retrieve(type.id)).product_type.value, "sdk-type")
    assert.equal((await sdk.admin.productType.list()).limit, 10)
    await fetchError(
      sdk.admin.productType.update("ptyp_missing", { value: "x" }),
      404,
      'Product type with id "ptyp_missing" not found',
    )
    assert.deepEqual(await sdk.admin.productType.delete(type.id), {
      id: type.id,
      object: "product_type",
      deleted: true,
    })
  })
})
