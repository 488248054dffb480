import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { fetchError, ids, sdkFor } from "./test-support/harness.js"
import { adminSdkSuite } from "./test-support/admin-suite.js"

describe("JS SDK: sdk.admin.productCollection, productCategory, productTag, productType; sdk.store.collection, category", () => {
  const env = adminSdkSuite()

  test("collections and categories: create, update, products, list, delete; the storefront reads them", async () => {
    const [product] = await env.s.app.container.transaction((tx) =>
      tx.modules.product.createProducts([{ title: "SDK shirt", handle: "sdk-shirt", status: "published" }]),
    )
    const { collection } = await env.sdk.admin.productCollection.create({ title: "SDK Summer" })
    assert.equal(collection.handle, "sdk-summer")
    await env.sdk.admin.productCollection.updateProducts(collection.id, { add: [product.id as string] })
    const { collection: updated } = await env.sdk.admin.productCollection.update(
      collection.id,
      { title: "SDK Summer 2" },
      { fields: "id,title,products.id" },
    )
    assert.deepEqual([updated.title, ids(updated.products!)], ["SDK Summer 2", [product.id]])

    const { product_category: top } = await env.sdk.admin.productCategory.create({ name: "SDK Top", is_active: true })
    const { product_category: child } = await env.sdk.admin.productCategory.create({
      name: "SDK Child",
      parent_category_id: top.id,
      is_active: true,
    })
    await env.sdk.admin.productCategory.updateProducts(child.id, { add: [product.id as string] })
    const { product_categories } = await env.sdk.admin.productCategory.list({ parent_category_id: top.id })
    assert.deepEqual(ids(product_categories), [child.id])
    assert.equal(
      (await env.sdk.admin.productCategory.retrieve(top.id)).product_category.category_children[0].id,
      child.id,
    )

    const store = sdkFor(env.s)
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

    assert.deepEqual(await env.sdk.admin.productCollection.delete(collection.id), {
      id: collection.id,
      object: "collection",
      deleted: true,
    })
    await fetchError(
      env.sdk.admin.productCategory.delete(top.id),
      400,
      `Deleting ProductCategory (${top.id}) with category children is not allowed`,
    )
    assert.deepEqual(await env.sdk.admin.productCategory.delete(child.id), {
      id: child.id,
      object: "product_category",
      deleted: true,
    })
    assert.equal((await store.store.collection.list()).count, 0)
  })

  test("tags and types: create, list, retrieve, update, delete; duplicates refused", async () => {
    const { product_tag: tag } = await env.sdk.admin.productTag.create({ value: "sdk-tag" })
    await fetchError(
      env.sdk.admin.productTag.create({ value: "sdk-tag" }),
      400,
      "Product tag with value: sdk-tag, already exists.",
    )
    assert.equal((await env.sdk.admin.productTag.update(tag.id, { value: "sdk-tag-2" })).product_tag.value, "sdk-tag-2")
    assert.deepEqual(ids((await env.sdk.admin.productTag.list({ q: "sdk" })).product_tags), [tag.id])
    assert.deepEqual(await env.sdk.admin.productTag.delete(tag.id), {
      id: tag.id,
      object: "product_tag",
      deleted: true,
    })

    const { product_type: type } = await env.sdk.admin.productType.create({ value: "sdk-type" })
    assert.equal((await env.sdk.admin.productType.retrieve(type.id)).product_type.value, "sdk-type")
    assert.equal((await env.sdk.admin.productType.list()).limit, 10)
    await fetchError(
      env.sdk.admin.productType.update("ptyp_missing", { value: "x" }),
      404,
      'Product type with id "ptyp_missing" not found',
    )
    assert.deepEqual(await env.sdk.admin.productType.delete(type.id), {
      id: type.id,
      object: "product_type",
      deleted: true,
    })
  })
})
