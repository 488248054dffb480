import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { ids, keys, variantKeys } from "../../../test-support/response-keys.js"
import { shirt } from "./test-support/test-fixtures.js"
import { serverSuite } from "../../../test-support/server-suite.js"
import { assertRefused } from "../../../test-support/refusals.js"

const VARIANT_KEYS = variantKeys("deleted_at", "prices")

describe("admin product variants", () => {
  const { s, events } = serverSuite()

  const product = async (extra: Record<string, unknown> = {}) => {
    const r = await s.request("POST", "/admin/products", { body: shirt(extra) })
    assert.equal(r.status, 200, JSON.stringify(r.body))
    return r.body.product
  }
  const itemsOf = async (variantId: string) => {
    const r = await s.request("GET", `/admin/product-variants?id=${variantId}&fields=id,*inventory_items`)
    return r.body.variants[0].inventory_items as { inventory_item_id: string; required_quantity: number }[]
  }
  const namesSince = (start: number) =>
    events
      .slice(start)
      .map((e) => e.name)
      .filter((n) => !n.startsWith("Link"))

  test("list and retrieve: Medusa's variant defaults, *inventory_items, filters, unknown → {}", async () => {
    const p = await product({ title: "Listed" })
    const list = await s.request("GET", `/admin/products/${p.id}/variants`)
    assert.deepEqual([list.status, list.body.count, list.body.limit, list.body.offset], [200, 2, 50, 0])
    const [v] = list.body.variants
    assert.deepEqual(keys(v), VARIANT_KEYS)
    assert.deepEqual(v.options[0].option, { id: p.options[0].id })
    const withItems = await s.request("GET", `/admin/products/${p.id}/variants?fields=*inventory_items`)
    assert.equal(withItems.body.variants[0].inventory_items.length, 1)
    assert.deepEqual(withItems.body.variants[1].inventory_items, [])
    const managed = await s.request("GET", `/admin/products/${p.id}/variants?manage_inventory=false&fields=id`)
    assert.deepEqual(ids(managed.body.variants), [p.variants[1].id])

    const one = await s.request("GET", `/admin/products/${p.id}/variants/${v.id}`)
    assert.deepEqual(one.body.variant, v)
    const unknown = await s.request("GET", `/admin/products/${p.id}/variants/variant_missing`)
    assert.deepEqual([unknown.status, unknown.body], [200, {}])
    const elsewhere = await s.request("GET", `/admin/products/prod_other/variants/${v.id}`)
    assert.deepEqual(elsewhere.body, {})

    const all = await s.request("GET", `/admin/product-variants?sku=${v.sku}`)
    assert.deepEqual(ids(all.body.variants), [v.id])
    assert.equal(all.body.variants[0].product.id, p.id)
    const searched = await s.request("GET", `/admin/product-variants?q=${v.sku}&fields=id`)
    assert.deepEqual(ids(searched.body.variants), [v.id])
  })

  test("create: options checked against the product, prices, a default inventory item, events", async () => {
    const p = await product({ title: "Grow", options: [{ title: "Size", values: ["S", "M", "L"] }] })
    const start = events.length
    const r = await s.request("POST", `/admin/products/${p.id}/variants`, {
      body: {
        title: "L",
        sku: "grow-l",
        options: { Size: "L" },
        prices: [{ currency_code: "usd", amount: 30, min_quantity: 2 }],
        metadata: { k: "v" },
      },
    })
    assert.equal(r.status, 200, JSON.stringify(r.body))
    const created = r.body.product.variants.find((v: { title: string }) => v.title === "L")
    assert.deepEqual(
      [created.sku, created.prices[0].amount, created.prices[0].min_quantity, created.metadata],
      ["grow-l", 30, 2, { k: "v" }],
    )
    const items = await itemsOf(created.id)
    assert.equal(items.length, 1)
    const item = (await s.request("GET", `/admin/inventory-items/${items[0].inventory_item_id}`)).body.inventory_item
    assert.deepEqual([item.sku, item.title], ["grow-l", "L"])
    assert.deepEqual(namesSince(start).sort(), ["inventory-item.created", "product-variant.created"])

    const cases: [string, Record<string, unknown>, number, string][] = [
      [
        p.id,
        { title: "x", prices: [], options: { Size: "XL" } },
        400,
        "Option value XL does not exist for option Size",
      ],
      [
        p.id,
        { title: "x", prices: [], options: { Size: "S" } },
        400,
        "Variant (S) with provided options already exists.",
      ],
      [
        p.id,
        { title: "x", prices: [], options: { Size: "M", Color: "Red" } },
        400,
        "Product has 1 option values but there were 2 provided option values for the variant: x.",
      ],
      [p.id, { title: "x", prices: [], foo: 1 }, 400, "Invalid request: Unrecognized fields: 'foo'"],
      [p.id, { title: "x" }, 400, "Invalid request: Field 'prices' is required"],
      [p.id, { title: "x", prices: [], sku: "grow-l" }, 400, "Product variant with sku: grow-l, already exists."],
      [
        p.id,
        { title: "x", prices: [], inventory_items: [{ inventory_item_id: "iitem_missing", required_quantity: 1 }] },
        400,
        "Inventory Items with ids: iitem_missing was not found",
      ],
      [
        "prod_missing",
        { title: "x", prices: [] },
        404,
        "You tried to set relationship product_id: prod_missing, but such entity does not exist",
      ],
    ]
    const before = (await s.request("GET", "/admin/product-variants?fields=id&limit=0")).body.count
    for (const [productId, body, status, message] of cases) {
      const res = await s.request("POST", `/admin/products/${productId}/variants`, { body })
      assertRefused(res, status, message, body)
    }
    assert.equal((await s.request("GET", "/admin/product-variants?fields=id&limit=0")).body.count, before)

    const noOptions = await s.request("POST", `/admin/products/${p.id}/variants`, {
      body: { title: "Plain", prices: [], manage_inventory: false },
    })
    const plain = noOptions.body.product.variants.find((v: { title: string }) => v.title === "Plain")
    assert.deepEqual([plain.options, await itemsOf(plain.id)], [[], []])
  })

  test("update: columns, metadata merge, prices replaced, options changed, manage_inventory toggles inventory", async () => {
    const p = await product({ title: "Tweak", options: [{ title: "Size", values: ["S", "M", "L"] }] })
    const [vs, vm] = p.variants
    const start = events.length
    const r = await s.request("POST", `/admin/products/${p.id}/variants/${vs.id}`, {
      body: {
        title: "Small",
        metadata: { a: 1 },
        options: { Size: "L" },
        prices: [
          { id: vs.prices[0].id, amount: 15 },
          { currency_code: "eur", amount: 14 },
        ],
      },
    })
    assert.equal(r.status, 200, JSON.stringify(r.body))
    const updated = r.body.product.variants.find((v: { id: string }) => v.id === vs.id)
    assert.equal(updated.title, "Small")
    assert.deepEqual(
      updated.options.map((o: { value: string }) => o.value),
      ["L"],
    )
    assert.deepEqual(
      updated.prices.map((x: { currency_code: string; amount: number }) => [x.currency_code, x.amount]),
      [
        ["usd", 15],
        ["eur", 14],
      ],
    )
    assert.equal(updated.prices[0].id, vs.prices[0].id)
    assert.deepEqual(namesSince(start), ["product-variant.updated"])
    const merged = await s.request("POST", `/admin/products/${p.id}/variants/${vs.id}`, {
      body: { metadata: { a: "", b: 2 }, prices: [] },
    })
    const again = merged.body.product.variants.find((v: { id: string }) => v.id === vs.id)
    assert.deepEqual([again.metadata, again.prices], [{ b: 2 }, []])

    const taken = await s.request("POST", `/admin/products/${p.id}/variants/${vm.id}`, {
      body: { options: { Size: "L" } },
    })
    assert.deepEqual(taken.body, {
      type: "invalid_data",
      message: "Variant (Small) with provided options already exists.",
    })

    const [item] = await itemsOf(vs.id)
    await s.request("POST", `/admin/products/${p.id}/variants/${vs.id}`, { body: { manage_inventory: false } })
    assert.deepEqual(await itemsOf(vs.id), [])
    assert.equal((await s.request("GET", `/admin/inventory-items/${item.inventory_item_id}`)).status, 200)
    await s.request("POST", `/admin/products/${p.id}/variants/${vm.id}`, { body: { manage_inventory: true } })
    const fresh = await itemsOf(vm.id)
    assert.deepEqual(
      fresh.map((i) => i.required_quantity),
      [1],
    )

    // Medusa leaves a variant that is not the product's alone; an unknown product is a 404 here
    const other = await s.request("POST", `/admin/products/${p.id}/variants/variant_missing`, { body: { title: "x" } })
    assert.equal(other.status, 200)
    const missing = await s.request("POST", `/admin/products/prod_missing/variants/${vs.id}`, { body: { title: "x" } })
    assert.deepEqual([missing.status, missing.body.type], [404, "not_found"])
  })

  test("delete: the variant goes with the inventory item only it used; the answer carries the product", async () => {
    const p = await product({ title: "Trim" })
    const [vs, vm] = p.variants
    const [item] = await itemsOf(vs.id)
    const start = events.length
    const r = await s.request("DELETE", `/admin/products/${p.id}/variants/${vs.id}`)
    assert.equal(r.status, 200)
    assert.deepEqual([r.body.id, r.body.object, r.body.deleted, r.body.parent.id], [vs.id, "variant", true, p.id])
    assert.deepEqual(ids(r.body.parent.variants), [vm.id])
    assert.equal((await s.request("GET", `/admin/inventory-items/${item.inventory_item_id}`)).status, 404)
    assert.deepEqual(namesSince(start).sort(), ["inventory-item.deleted", "product-variant.deleted"])
    const { data } = await s.app.container.query.graph({
      entity: "product_variant_inventory_item",
      fields: ["id"],
      filters: { variant_id: vs.id },
    })
    assert.equal(data.length, 0)
    const missing = await s.request("DELETE", `/admin/products/prod_missing/variants/${vm.id}`)
    assert.deepEqual([missing.status, missing.body.type], [404, "not_found"])
  })

  test("inventory_quantity on the variant routes is the total over every location", async () => {
    const p = await product({ title: "Counted" })
    const [vs, vm] = p.variants
    const [link] = await itemsOf(vs.id)
    const locs = await Promise.all(
      ["Q1", "Q2"].map(
        async (name) => (await s.request("POST", "/admin/stock-locations", { body: { name } })).body.stock_location,
      ),
    )
    await s.request("POST", "/admin/inventory-items/location-levels/batch", {
      body: {
        create: [
          { inventory_item_id: link.inventory_item_id, location_id: locs[0].id, stocked_quantity: 7 },
          { inventory_item_id: link.inventory_item_id, location_id: locs[1].id, stocked_quantity: 4 },
        ],
      },
    })
    const list = await s.request("GET", `/admin/products/${p.id}/variants?fields=id,%2Binventory_quantity`)
    assert.deepEqual(list.body.variants, [
      { id: vs.id, manage_inventory: true, inventory_quantity: 11 },
      { id: vm.id, manage_inventory: false },
    ])
    await s.request("POST", `/admin/products/${p.id}/variants/${vs.id}/inventory-items/${link.inventory_item_id}`, {
      body: { required_quantity: 2 },
    })
    const all = await s.request("GET", `/admin/product-variants?id=${vs.id}&fields=id,inventory_quantity`)
    assert.deepEqual(all.body.variants, [{ id: vs.id, manage_inventory: true, inventory_quantity: 5 }])
    // Medusa's product routes and its single-variant route drop it
    const onProduct = await s.request(
      "GET",
      `/admin/products/${p.id}?fields=id,variants.id,%2Bvariants.inventory_quantity`,
    )
    assert.deepEqual(onProduct.body.product.variants, [{ id: vs.id }, { id: vm.id }])
    const one = await s.request("GET", `/admin/products/${p.id}/variants/${vs.id}?fields=id,inventory_quantity`)
    assert.deepEqual(one.body.variant, { id: vs.id })
  })

  test("variant ↔ inventory item links: create with a quantity, update it, dismiss it", async () => {
    const p = await product({ title: "Linking" })
    const v = p.variants[1]
    const item = (await s.request("POST", "/admin/inventory-items", { body: { sku: "link-part" } })).body.inventory_item
    const start = events.length
    const r = await s.request(
      "POST",
      `/admin/products/${p.id}/variants/${v.id}/inventory-items?fields=id,*inventory_items`,
      {
        body: { inventory_item_id: item.id, required_quantity: 2 },
      },
    )
    assert.equal(r.status, 200, JSON.stringify(r.body))
    assert.deepEqual(
      r.body.variant.inventory_items.map((l: { inventory_item_id: string; required_quantity: number }) => [
        l.inventory_item_id,
        l.required_quantity,
      ]),
      [[item.id, 2]],
    )
    assert.deepEqual(
      events.slice(start).map((e) => e.name),
      ["LinkProductVariantInventoryItem.attached"],
    )
    const plain = await s.request("POST", `/admin/products/${p.id}/variants/${v.id}/inventory-items`, {
      body: { inventory_item_id: item.id, required_quantity: 2 },
    })
    assert.deepEqual(keys(plain.body.variant), VARIANT_KEYS)

    const upd = await s.request(
      "POST",
      `/admin/products/${p.id}/variants/${v.id}/inventory-items/${item.id}?fields=id,*inventory_items`,
      { body: { required_quantity: 5 } },
    )
    assert.equal(upd.body.variant.inventory_items[0].required_quantity, 5)
    const back = await s.request("GET", `/admin/inventory-items/${item.id}?fields=id,variants.id`)
    assert.deepEqual(ids(back.body.inventory_item.variants), [v.id])

    const del = await s.request("DELETE", `/admin/products/${p.id}/variants/${v.id}/inventory-items/${item.id}`)
    assert.equal(del.status, 200)
    assert.deepEqual(del.body.id, { product: { variant_id: v.id }, inventory: { inventory_item_id: item.id } })
    assert.deepEqual(
      [del.body.object, del.body.deleted, del.body.parent.id],
      ["variant-inventory-item-link", true, v.id],
    )
    assert.deepEqual(await itemsOf(v.id), [])

    const notLinked = await s.request("POST", `/admin/products/${p.id}/variants/${v.id}/inventory-items/${item.id}`, {
      body: { required_quantity: 1 },
    })
    assert.deepEqual(
      [notLinked.status, notLinked.body],
      [404, { type: "not_found", message: "Could not find all existing links from data" }],
    )
    const unknownItem = await s.request("POST", `/admin/products/${p.id}/variants/${v.id}/inventory-items`, {
      body: { inventory_item_id: "iitem_missing", required_quantity: 1 },
    })
    assert.deepEqual([unknownItem.status, unknownItem.body.type], [404, "not_found"])
    const badBody = await s.request("POST", `/admin/products/${p.id}/variants/${v.id}/inventory-items`, {
      body: { inventory_item_id: item.id },
    })
    assert.deepEqual(badBody.body, {
      type: "invalid_data",
      message: "Invalid request: Field 'required_quantity' is required",
    })
  })
})
