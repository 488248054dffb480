import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { fetchError, ids } from "./test-support/harness.js"
import { adminSdkSuite } from "./test-support/admin-suite.js"

type Variant = { id: string; title: string; sku: string | null }

/** sdk.admin.product.batch, batchVariants and listOptions against salesgraph, as an admin app calls them. */
describe("JS SDK: sdk.admin.product.batch, batchVariants, listOptions", () => {
  const env = adminSdkSuite()

  const sizes = (title: string) => ({
    title,
    options: [{ title: "Size", values: ["S", "M", "L"] }],
    variants: [
      { title: "S", sku: `${title}-s`, prices: [{ currency_code: "usd", amount: 10 }], options: { Size: "S" } },
    ],
  })

  test("batch: create, update and delete products in one request", async () => {
    const { product: old } = await env.sdk.admin.product.create(sizes("old"))
    const { product: kept } = await env.sdk.admin.product.create(sizes("kept"))
    const result = await env.sdk.admin.product.batch(
      { create: [sizes("new")], update: [{ id: kept.id, title: "Kept" }], delete: [old.id] },
      { fields: "id,title,variants.sku" },
    )
    assert.equal(env.wire.last("/admin/products/batch", "POST").url.searchParams.get("fields"), "id,title,variants.sku")
    assert.deepEqual(
      result.created.map((p: { title: string; variants: Variant[] }) => [p.title, p.variants.map((v) => v.sku)]),
      [["new", ["new-s"]]],
    )
    assert.deepEqual(result.updated, [
      { id: kept.id, title: "Kept", variants: [{ id: kept.variants![0].id, sku: "kept-s" }] },
    ])
    assert.deepEqual(result.deleted, { ids: [old.id], object: "product", deleted: true })
    await fetchError(env.sdk.admin.product.retrieve(old.id), 404, "Product not found")

    await fetchError(
      env.sdk.admin.product.batch({ update: [{ id: "prod_missing", title: "x" }] }),
      404,
      "Unable to update the products with ids: prod_missing",
    )
    await fetchError(
      env.sdk.admin.product.batch({ delete: [kept.id], foo: 1 } as object),
      400,
      "Invalid request: Unrecognized fields: 'foo'",
    )
    assert.equal((await env.sdk.admin.product.retrieve(kept.id, { fields: "id" })).product.id, kept.id)
  })

  test("batchVariants: create, update and delete a product's variants; listOptions", async () => {
    const { product } = await env.sdk.admin.product.create(sizes("tee"))
    const [small] = product.variants as Variant[]
    const result = await env.sdk.admin.product.batchVariants(product.id, {
      create: [{ title: "M", sku: "tee-m", prices: [{ currency_code: "usd", amount: 12 }], options: { Size: "M" } }],
      update: [{ id: small.id, title: "Small" }],
    })
    const [medium] = result.created as Variant[]
    assert.deepEqual([medium.title, medium.sku], ["M", "tee-m"])
    assert.deepEqual(
      result.updated.map((v: Variant) => [v.id, v.title]),
      [[small.id, "Small"]],
    )
    assert.deepEqual(result.deleted, { ids: [], object: "variant", deleted: true })

    const removed = await env.sdk.admin.product.batchVariants(product.id, { delete: [small.id] }, { fields: "id" })
    assert.deepEqual(removed, {
      created: [],
      updated: [],
      deleted: { ids: [small.id], object: "variant", deleted: true },
    })
    assert.deepEqual(ids((await env.sdk.admin.product.listVariants(product.id, { fields: "id" })).variants), [
      medium.id,
    ])
    await fetchError(
      env.sdk.admin.product.batchVariants(product.id, { update: [{ id: small.id, title: "gone" }] }),
      400,
      `Cannot update non-existing variants with ids: ${small.id}`,
    )

    const options = await env.sdk.admin.product.listOptions(product.id)
    assert.deepEqual(options, {
      product_options: [{ id: product.options![0].id, title: "Size" }],
      count: 1,
      offset: 0,
      limit: 50,
    })
  })
})
