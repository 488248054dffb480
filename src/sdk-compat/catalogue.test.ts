import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import type { Medusa } from "./test-support/medusa.js"
import { testServer, type TestServer } from "../test-support/http.js"
import { adminSdk, fetchError, ids, recordFetch, sdkFor, type FetchRecorder } from "./test-support/harness.js"
import { teeSizes } from "./test-support/sdk-fixtures.js"

type Variant = { id: string; sku: string | null; title: string; inventory_quantity?: number }

/**
 * Products in channels, their variants, and the stock behind them, set up as an admin app does
 * it through the SDK, then read back by a storefront client of that channel.
 */
describe("JS SDK: sdk.admin.product, variants, sdk.admin.inventoryItem; stock as the storefront sees it", () => {
  let s: TestServer
  let sdk: Medusa
  let wire: FetchRecorder
  let web: { id: string }
  let pos: { id: string }
  let tee: { id: string; variants: Variant[] }
  let locA: { id: string }
  let locB: { id: string }
  let storefront: Medusa

  before(async () => {
    s = await testServer()
    wire = recordFetch()
    sdk = await adminSdk(s)
    web = (await sdk.admin.salesChannel.create({ name: "Web" })).sales_channel
    pos = (await sdk.admin.salesChannel.create({ name: "POS" })).sales_channel
    locA = (await sdk.admin.stockLocation.create({ name: "A" })).stock_location
    locB = (await sdk.admin.stockLocation.create({ name: "B" })).stock_location
    for (const loc of [locA, locB]) await sdk.admin.stockLocation.updateSalesChannels(loc.id, { add: [web.id] })
    const { api_key: key } = await sdk.admin.apiKey.create({ title: "Web storefront", type: "publishable" })
    await sdk.admin.apiKey.batchSalesChannels(key.id, { add: [web.id] })
    storefront = sdkFor(s, { publishableKey: key.token })
  })
  after(async () => {
    wire.restore()
    await s.close()
  })

  const variantBySku = (sku: string) => tee.variants.find((v) => v.sku === sku)!

  test("product create with sales_channels and variants; list by sales_channel_id; update replaces the channels", async () => {
    const { product } = await sdk.admin.product.create({
      title: "Tee",
      status: "published",
      options: [{ title: "Size", values: ["S", "M", "L"] }],
      variants: teeSizes(),
      sales_channels: [{ id: web.id }],
    })
    tee = product
    assert.match(product.id, /^prod_[0-9A-Z]{26}$/)
    assert.equal(product.status, "published")
    assert.deepEqual(ids(product.sales_channels), [web.id])
    assert.equal(product.sales_channels[0].name, "Web") // default fields: whole channels
    assert.deepEqual(product.variants.map((v: Variant) => v.sku).sort(), ["tee-m", "tee-s"])

    const { product: draft } = await sdk.admin.product.create({
      title: "Draft mug",
      options: [{ title: "Colour", values: ["Red"] }],
    })
    assert.equal(draft.status, "draft")
    assert.deepEqual(draft.sales_channels, [])

    const inWeb = await sdk.admin.product.list({ sales_channel_id: [web.id], fields: "id,title" })
    assert.deepEqual(inWeb.products, [{ id: tee.id, title: "Tee" }])
    assert.equal(wire.last("/admin/products", "GET").url.searchParams.get("sales_channel_id[0]"), web.id)
    assert.equal((await sdk.admin.product.list({ sales_channel_id: [pos.id] })).count, 0)
    assert.deepEqual(ids((await sdk.admin.product.list({ status: ["draft"] })).products), [draft.id])
    assert.deepEqual(ids((await sdk.admin.product.list({ q: "mug", id: [draft.id, tee.id] })).products), [draft.id])

    const { product: moved } = await sdk.admin.product.update(
      tee.id,
      { sales_channels: [{ id: pos.id }, { id: web.id }] },
      { fields: "id,*sales_channels" },
    )
    assert.deepEqual(ids(moved.sales_channels).sort(), [pos.id, web.id].sort())
    const { product: onlyWeb } = await sdk.admin.product.update(tee.id, { sales_channels: [{ id: web.id }] })
    assert.deepEqual(ids(onlyWeb.sales_channels), [web.id])
    const { product: read } = await sdk.admin.product.retrieve(tee.id, { fields: "id,sales_channels.id" })
    assert.deepEqual(read, { id: tee.id, sales_channels: [{ id: web.id }] })

    await fetchError(
      sdk.admin.product.update(tee.id, { options: [] } as object),
      400,
      "Invalid request: The 'options' property was removed in version 2.16.0. Please remove it from your request payload.",
    )
    await fetchError(
      sdk.admin.product.create({ options: [] } as unknown as { title: string }),
      400,
      "Invalid request: Field 'title' is required",
    )
    await fetchError(
      sdk.admin.product.update("prod_missing", { title: "x" }),
      404,
      'Product with id "prod_missing" not found',
    )
    await fetchError(sdk.admin.product.retrieve("prod_missing"), 404, "Product not found")
  })

  test("variants: createVariant, listVariants, retrieveVariant, updateVariant, deleteVariant", async () => {
    const { product } = await sdk.admin.product.createVariant(tee.id, {
      title: "L",
      sku: "tee-l",
      prices: [{ currency_code: "usd", amount: 25 }],
      options: { Size: "L" },
    })
    assert.equal(product.id, tee.id)
    const large = product.variants.find((v: Variant) => v.sku === "tee-l")
    assert.match(large.id, /^variant_/)

    const listed = await sdk.admin.product.listVariants(tee.id, { order: "sku", fields: "id,sku" })
    assert.deepEqual(
      listed.variants.map((v: Variant) => v.sku),
      ["tee-l", "tee-m", "tee-s"],
    )
    assert.equal(listed.count, 3)
    const { variant } = await sdk.admin.product.retrieveVariant(tee.id, large.id, { fields: "id,title,*prices" })
    assert.deepEqual(
      [variant.id, variant.title, variant.prices.map((p: { amount: number }) => p.amount)],
      [large.id, "L", [25]],
    )

    const across = await sdk.admin.productVariant.list({
      sku: ["tee-l", "tee-s"],
      manage_inventory: true,
      order: "-sku",
      fields: "id,sku,product.id",
    })
    assert.deepEqual(
      across.variants.map((v: Variant & { product: { id: string } }) => [v.sku, v.product.id]),
      [
        ["tee-s", tee.id],
        ["tee-l", tee.id],
      ],
    )

    const { product: renamed } = await sdk.admin.product.updateVariant(tee.id, large.id, { title: "Large" })
    assert.equal(renamed.variants.find((v: Variant) => v.id === large.id).title, "Large")

    const deleted = await sdk.admin.product.deleteVariant(tee.id, large.id)
    assert.deepEqual(
      [deleted.id, deleted.object, deleted.deleted, deleted.parent.id],
      [large.id, "variant", true, tee.id],
    )
    assert.deepEqual((await sdk.admin.product.listVariants(tee.id)).variants.map((v: Variant) => v.sku).sort(), [
      "tee-m",
      "tee-s",
    ])

    await fetchError(
      sdk.admin.product.createVariant(tee.id, { title: "XL" } as { title: string; prices: [] }),
      400,
      "Invalid request: Field 'prices' is required",
    )
  })

  test("inventory: the managed variant's item, levels created/updated/deleted one by one and in batches; the store sees the channel's stock", async () => {
    const storeQuantity = async () => {
      const { products } = await storefront.store.product.list({
        fields: "id,variants.id,variants.sku,+variants.inventory_quantity",
      })
      assert.deepEqual(ids(products), [tee.id])
      return products[0].variants.find((v: Variant) => v.sku === "tee-s").inventory_quantity
    }
    const teeS = variantBySku("tee-s")

    // Medusa made an inventory item for the managed variant
    const { inventory_items, count } = await sdk.admin.inventoryItem.list({ sku: ["tee-s"] })
    assert.equal(count, 1)
    const item = inventory_items[0]
    assert.match(item.id, /^iitem_/)
    assert.deepEqual(item.location_levels, [])
    const { variant } = await sdk.admin.product.retrieveVariant(tee.id, teeS.id, {
      fields: "id,inventory_items.inventory_item_id,inventory_items.required_quantity",
    })
    assert.deepEqual(
      variant.inventory_items.map((l: { inventory_item_id: string; required_quantity: number }) => [
        l.inventory_item_id,
        l.required_quantity,
      ]),
      [[item.id, 1]],
    )
    assert.equal(await storeQuantity(), 0)

    // one item's levels in a batch
    const batch = await sdk.admin.inventoryItem.batchInventoryItemLocationLevels(item.id, {
      create: [
        { location_id: locA.id, stocked_quantity: 5 },
        { location_id: locB.id, stocked_quantity: 2 },
      ],
    })
    assert.equal(batch.created.length, 2)
    assert.deepEqual(batch.updated, [])
    assert.equal(await storeQuantity(), 7)

    const levels = await sdk.admin.inventoryItem.listLevels(item.id, { location_id: [locA.id, locB.id] })
    assert.equal(levels.count, 2)
    assert.deepEqual(
      levels.inventory_levels.map((l: { available_quantity: number }) => l.available_quantity).sort(),
      [2, 5],
    )

    const { inventory_item: afterUpdate } = await sdk.admin.inventoryItem.updateLevel(item.id, locA.id, {
      stocked_quantity: 9,
    })
    assert.equal(afterUpdate.stocked_quantity, 11)
    assert.equal(await storeQuantity(), 11)

    // batchUpdateLevels: the same route, the older method name
    const updated = await sdk.admin.inventoryItem.batchUpdateLevels(item.id, {
      update: [{ location_id: locB.id, stocked_quantity: 4 }],
    })
    assert.deepEqual(
      updated.updated.map((l: { stocked_quantity: number }) => l.stocked_quantity),
      [4],
    )
    assert.equal(await storeQuantity(), 13)

    // levels of any items
    const { inventory_item: spare } = await sdk.admin.inventoryItem.create({ sku: "spare", title: "Spare part" })
    const global = await sdk.admin.inventoryItem.batchInventoryItemsLocationLevels({
      create: [{ inventory_item_id: spare.id, location_id: locA.id, stocked_quantity: 3 }],
      update: [{ inventory_item_id: item.id, location_id: locA.id, stocked_quantity: 1 }],
    })
    assert.deepEqual([global.created.length, global.updated.length], [1, 1])
    assert.equal(await storeQuantity(), 5)

    await fetchError(
      sdk.admin.inventoryItem.deleteLevel(item.id, locB.id),
      400,
      `Cannot remove Inventory Levels for ${locB.id} because there are stocked items at the locations. Use force flag to delete anyway.`,
    )
    await sdk.admin.inventoryItem.updateLevel(item.id, locB.id, { stocked_quantity: 0 })
    const removed = await sdk.admin.inventoryItem.deleteLevel(item.id, locB.id)
    assert.deepEqual([removed.object, removed.deleted, removed.parent.id], ["inventory-level", true, item.id])
    assert.equal(await storeQuantity(), 1)

    // a level at a location outside the key's channel does not count in the storefront
    const { stock_location: far } = await sdk.admin.stockLocation.create({ name: "Far away" })
    await sdk.admin.inventoryItem.batchInventoryItemLocationLevels(item.id, {
      create: [{ location_id: far.id, stocked_quantity: 100 }],
    })
    assert.equal(await storeQuantity(), 1)
    const { inventory_item: total } = await sdk.admin.inventoryItem.retrieve(item.id)
    assert.equal(total.stocked_quantity, 101)

    await fetchError(
      sdk.admin.inventoryItem.updateLevel(item.id, locA.id, { stocked_quantity: -1 }),
      400,
      "Invalid request: Value for field 'stocked_quantity' too small, expected at least: '0'",
    )
    await fetchError(
      sdk.admin.inventoryItem.batchInventoryItemLocationLevels(item.id, { create: [{ location_id: "sloc_missing" }] }),
      404,
      "Stock locations with ids: sloc_missing was not found",
    )
    await fetchError(
      sdk.admin.inventoryItem.retrieve("iitem_missing"),
      404,
      "Inventory item with id: iitem_missing was not found",
    )
    assert.equal(await storeQuantity(), 1, "refused writes changed nothing")
  })

  test("inventory items: create with levels, update, list filters, delete", async () => {
    const { inventory_item: loose } = await sdk.admin.inventoryItem.create(
      {
        sku: "loose",
        title: "Loose",
        requires_shipping: false,
        location_levels: [{ location_id: locA.id, stocked_quantity: 3 }],
      },
      { fields: "id,sku,stocked_quantity,*location_levels" },
    )
    assert.equal(loose.stocked_quantity, 3)
    assert.deepEqual(
      loose.location_levels.map((l: { location_id: string }) => l.location_id),
      [locA.id],
    )

    const { inventory_item: renamed } = await sdk.admin.inventoryItem.update(loose.id, {
      title: "Loose part",
      metadata: { bin: "7" },
    })
    assert.deepEqual([renamed.title, renamed.metadata], ["Loose part", { bin: "7" }])

    assert.deepEqual(ids((await sdk.admin.inventoryItem.list({ q: "loose" })).inventory_items), [loose.id])
    assert.deepEqual(ids((await sdk.admin.inventoryItem.list({ requires_shipping: false })).inventory_items), [
      loose.id,
    ])
    const atA = await sdk.admin.inventoryItem.list({
      location_levels: { location_id: [locA.id] },
      fields: "id,sku",
      order: "sku",
    })
    assert.deepEqual(
      atA.inventory_items.map((i: { sku: string }) => i.sku),
      ["loose", "spare", "tee-s"],
    )

    const deleted = await sdk.admin.inventoryItem.delete(loose.id)
    assert.deepEqual(deleted, { id: loose.id, object: "inventory_item", deleted: true })
    await fetchError(
      sdk.admin.inventoryItem.retrieve(loose.id),
      404,
      `Inventory item with id: ${loose.id} was not found`,
    )
  })

  test("delete a product: gone from the admin and the storefront", async () => {
    const { product } = await sdk.admin.product.create({
      title: "Short-lived",
      status: "published",
      options: [{ title: "Size", values: ["One"] }],
      sales_channels: [{ id: web.id }],
    })
    assert.deepEqual(ids((await storefront.store.product.list({ fields: "id", order: "created_at" })).products), [
      tee.id,
      product.id,
    ])
    const deleted = await sdk.admin.product.delete(product.id)
    assert.deepEqual(deleted, { id: product.id, object: "product", deleted: true })
    assert.deepEqual(ids((await storefront.store.product.list({ fields: "id" })).products), [tee.id])
    await fetchError(storefront.store.product.retrieve(product.id), 404, `Product with id: ${product.id} was not found`)
  })

  test("batchVariantInventoryItems: swap a variant's item for a kit part in one batch, change the quantity, refusals write nothing", async () => {
    const { product: bundle } = await sdk.admin.product.create({
      title: "Bundle",
      status: "published",
      options: [{ title: "Size", values: ["One"] }],
      variants: [
        { title: "One", sku: "bundle", prices: [{ currency_code: "usd", amount: 30 }], options: { Size: "One" } },
      ],
      sales_channels: [{ id: web.id }],
    })
    const variantId = bundle.variants[0].id
    const linkedItems = async () => {
      const { variant } = await sdk.admin.product.retrieveVariant(bundle.id, variantId, {
        fields: "id,inventory_items.inventory_item_id,inventory_items.required_quantity",
      })
      return variant.inventory_items.map((l: { inventory_item_id: string; required_quantity: number }) => [
        l.inventory_item_id,
        l.required_quantity,
      ])
    }
    const bundleQuantity = async () => {
      const { product } = await storefront.store.product.retrieve(bundle.id, {
        fields: "id,variants.id,+variants.inventory_quantity",
      })
      return product.variants[0].inventory_quantity
    }
    const [[ownItem]] = await linkedItems()
    const { inventory_item: part } = await sdk.admin.inventoryItem.create({
      sku: "part",
      location_levels: [{ location_id: locA.id, stocked_quantity: 10 }],
    })
    assert.equal(await bundleQuantity(), 0)

    const swapped = await sdk.admin.product.batchVariantInventoryItems(bundle.id, {
      create: [{ variant_id: variantId, inventory_item_id: part.id, required_quantity: 2 }],
      delete: [{ variant_id: variantId, inventory_item_id: ownItem }],
    })
    assert.deepEqual(swapped, {
      created: [
        {
          product: { variant_id: variantId },
          inventory: { inventory_item_id: part.id },
          data: { required_quantity: 2 },
        },
      ],
      updated: [],
      deleted: [{ product: { variant_id: variantId }, inventory: { inventory_item_id: ownItem } }],
    })
    assert.deepEqual(await linkedItems(), [[part.id, 2]])
    assert.equal(await bundleQuantity(), 5) // 10 parts, 2 a unit

    const changed = await sdk.admin.product.batchVariantInventoryItems(bundle.id, {
      update: [{ variant_id: variantId, inventory_item_id: part.id, required_quantity: 5 }],
    })
    assert.deepEqual(changed.updated, [
      { product: { variant_id: variantId }, inventory: { inventory_item_id: part.id }, data: { required_quantity: 5 } },
    ])
    assert.equal(await bundleQuantity(), 2)
    assert.deepEqual(await sdk.admin.product.batchVariantInventoryItems(bundle.id, {}), {
      created: [],
      updated: [],
      deleted: [],
    })

    await fetchError(
      sdk.admin.product.batchVariantInventoryItems(bundle.id, {
        create: [{ variant_id: variantId, inventory_item_id: ownItem, required_quantity: 1 }],
        update: [{ variant_id: variantId, inventory_item_id: ownItem, required_quantity: 1 }],
      }),
      404,
      "Could not find all existing links from data",
    )
    await fetchError(
      sdk.admin.product.batchVariantInventoryItems(bundle.id, {
        create: [{ variant_id: variantId, inventory_item_id: "iitem_missing", required_quantity: 1 }],
        delete: [{ variant_id: variantId, inventory_item_id: part.id }],
      }),
      404,
      /iitem_missing/,
    )
    await fetchError(
      sdk.admin.product.batchVariantInventoryItems(bundle.id, {
        create: [{ variant_id: variantId, inventory_item_id: ownItem }],
      } as object),
      400,
      "Invalid request: Field 'create, 0, required_quantity' is required",
    )
    await fetchError(
      sdk.admin.product.batchVariantInventoryItems(bundle.id, { foo: 1 } as object),
      400,
      "Invalid request: Unrecognized fields: 'foo'",
    )
    assert.deepEqual(await linkedItems(), [[part.id, 5]], "refused batches wrote nothing")
  })
})
