import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { appSuite } from "../../../test-support/app-suite.js"

describe("generated module services", () => {
  const app = appSuite()

  test("create: one row or many, generated prefixed ULID ids in creation order, defaults, timestamps", async () => {
    const rows = await app.container.transaction((tx) =>
      tx.modules.sales_channel.createSalesChannels([{ name: "A" }, { name: "B", description: "b", is_disabled: true }]),
    )
    assert.equal(rows.length, 2)
    assert.ok(rows[0].id < rows[1].id)
    assert.match(rows[0].id, /^sc_[0-9A-HJKMNP-TV-Z]{26}$/)
    assert.equal(rows[0].is_disabled, false)
    assert.equal(rows[0].description, null)
    assert.match(rows[0].created_at, /Z$/)
    const one = await app.container.transaction((tx) =>
      tx.modules.sales_channel.createSalesChannels({ id: "sc_given", name: "C" }),
    )
    assert.equal(one.id, "sc_given")
  })

  test("list filters: equality, arrays, operators, $and/$or, q; listAndCount; retrieve", async () => {
    const s = app.container.modules.sales_channel
    assert.deepEqual(
      (await s.listSalesChannels({ name: ["A", "C"] }, { select: ["name"], order: { name: "ASC" } })).map(
        (r) => r.name,
      ),
      ["A", "C"],
    )
    assert.deepEqual(
      (await s.listSalesChannels({ name: { $ne: "A" }, is_disabled: false })).map((r) => r.name),
      ["C"],
    )
    assert.deepEqual(
      (
        await s.listSalesChannels(
          { $or: [{ name: "A" }, { description: { $ilike: "B" } }] },
          { order: { name: "DESC" } },
        )
      ).map((r) => r.name),
      ["B", "A"],
    )
    assert.deepEqual(
      (await s.listSalesChannels({ name: { $in: ["A", "B"], $nin: ["B"] } })).map((r) => r.name),
      ["A"],
    )
    assert.deepEqual(
      (await s.listSalesChannels({ q: "b" })).map((r) => r.name),
      ["B"],
    )
    const [page, count] = await s.listAndCountSalesChannels({}, { take: 1, skip: 1, order: { name: "ASC" } })
    assert.equal(count, 3)
    assert.deepEqual(
      page.map((r) => r.name),
      ["B"],
    )
    assert.equal((await s.retrieveSalesChannel("sc_given")).name, "C")
    await assert.rejects(s.retrieveSalesChannel("sc_nope"), {
      type: "not_found",
      message: "SalesChannel with id: sc_nope was not found",
    })
  })

  test("update by id, by selector, by list; metadata merges shallowly and '' removes a key", async () => {
    const sc = await app.container.transaction((tx) =>
      tx.modules.sales_channel.createSalesChannels({ name: "M", metadata: { a: 1, b: { x: 1 } } }),
    )
    const merged = await app.container.transaction((tx) =>
      tx.modules.sales_channel.updateSalesChannels(sc.id, { metadata: { b: { y: 2 }, c: "", d: 4, a: "" } }),
    )
    assert.deepEqual(merged.metadata, { b: { y: 2 }, d: 4 })
    assert.ok(merged.updated_at >= sc.updated_at)
    const cleared = await app.container.transaction((tx) =>
      tx.modules.sales_channel.updateSalesChannels(sc.id, { metadata: null }),
    )
    assert.equal(cleared.metadata, null)
    const bySelector = await app.container.transaction((tx) =>
      tx.modules.sales_channel.updateSalesChannels({ selector: { name: ["A", "B"] }, data: { description: "x" } }),
    )
    assert.equal(bySelector.length, 2)
    const byList = await app.container.transaction((tx) =>
      tx.modules.sales_channel.updateSalesChannels([{ id: sc.id, name: "M2" }]),
    )
    assert.equal(byList[0].name, "M2")
    await assert.rejects(
      app.container.transaction((tx) => tx.modules.sales_channel.updateSalesChannels("sc_nope", { name: "x" })),
      { type: "not_found" },
    )
    await assert.rejects(
      app.container.transaction((tx) => tx.modules.sales_channel.updateSalesChannels(sc.id, { nope: 1 })),
      { type: "invalid_data" },
    )
  })

  test("soft delete cascades to declared relations and returns the ids by linkable key; restore reverses only that", async () => {
    const { product, variants } = await app.container.transaction(async (tx) => {
      const product = await tx.modules.product.createProducts({ title: "P", handle: "p" })
      const variants = await tx.modules.product.createProductVariants([
        { title: "v1", product_id: product.id },
        { title: "v2", product_id: product.id },
      ])
      await tx.modules.product.createProductVariantPrices({
        variant_id: variants[0].id,
        currency_code: "usd",
        amount: 10,
      })
      return { product, variants }
    })
    // v2 was deleted on its own before the product
    await app.container.transaction((tx) => tx.modules.product.softDeleteProductVariants(variants[1].id))
    const removed = await app.container.transaction((tx) => tx.modules.product.softDeleteProducts([product.id]))
    assert.deepEqual(removed.product_id, [product.id])
    assert.deepEqual(removed.variant_id, [variants[0].id])
    assert.equal(removed.product_variant_price_id?.length, 1)
    assert.equal((await app.container.modules.product.listProductVariants({ product_id: product.id })).length, 0)
    const restored = await app.container.transaction((tx) => tx.modules.product.restoreProducts(product.id))
    assert.deepEqual(restored.variant_id, [variants[0].id])
    const live = await app.container.modules.product.listProductVariants(
      { product_id: product.id },
      { relations: ["prices"] },
    )
    assert.deepEqual(
      live.map((v) => v.id),
      [variants[0].id],
    )
    assert.equal(live[0].prices.length, 1)
  })

  test("hard delete removes rows", async () => {
    const sc = await app.container.transaction((tx) => tx.modules.sales_channel.createSalesChannels({ name: "H" }))
    await app.container.transaction((tx) => tx.modules.sales_channel.deleteSalesChannels(sc.id))
    assert.equal(
      (await app.container.modules.sales_channel.listSalesChannels({ id: sc.id }, { withDeleted: true })).length,
      0,
    )
  })

  test("a unique column refuses a duplicate among live rows only", async () => {
    await app.container.transaction((tx) => tx.modules.product.createProducts({ title: "U", handle: "unique-h" }))
    await assert.rejects(
      app.container.transaction((tx) => tx.modules.product.createProducts({ title: "U2", handle: "unique-h" })),
      { code: "23505" },
    )
  })
})
