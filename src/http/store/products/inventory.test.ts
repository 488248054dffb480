import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { catalogSuite } from "./test-support/catalog-suite.js"

type Variant = { id: string; manage_inventory?: boolean; inventory_quantity?: number | null }

const INVENTORY_CONTEXT =
  "Inventory availability cannot be calculated in the given context. Either provide a single sales channel id or configure a single sales channel in the publishable key"

describe("store products: variants.inventory_quantity", () => {
  const { s, cat, get } = catalogSuite()
  const quantities = async (path: string, key = cat.keys.web) => {
    const r = await get(path, key)
    assert.equal(r.status, 200, JSON.stringify(r.body))
    const variants: Variant[] = (r.body.products ?? [r.body.product]).flatMap(
      (p: { variants: Variant[] }) => p.variants,
    )
    return Object.fromEntries(variants.map((v) => [v.id, v]))
  }

  test("floor(min over items of Σ available at the channel's locations / required); unmanaged: no key; no items: null", async () => {
    const v = cat.variants
    const byId = await quantities(`/store/products?fields=id,%2Bvariants.inventory_quantity`)
    // 10 stocked − 3 reserved at L1; the 100 at the unlinked L3 do not count
    assert.deepEqual(byId[v.shirtS.id], { id: v.shirtS.id, manage_inventory: true, inventory_quantity: 7 })
    assert.deepEqual(byId[v.shirtM.id], { id: v.shirtM.id, manage_inventory: false })
    assert.ok(!("inventory_quantity" in byId[v.shirtM.id]))
    // the spec's fixture: A 20 at L1, B 30 at L2, 20 of each per unit → 1
    assert.deepEqual(byId[v.kitVariant.id], { id: v.kitVariant.id, manage_inventory: true, inventory_quantity: 1 })
    assert.deepEqual(byId[v.bareVariant.id], { id: v.bareVariant.id, manage_inventory: true, inventory_quantity: null })
  })

  test("the bare field form and the detail route; defaults kept with `+`", async () => {
    const v = cat.variants
    const bare = await quantities(`/store/products/${cat.products.kit.id}?fields=id,variants.inventory_quantity`)
    assert.deepEqual(bare[v.kitVariant.id], { id: v.kitVariant.id, manage_inventory: true, inventory_quantity: 1 })
    const withDefaults = await get(`/store/products/${cat.products.shirt.id}?fields=%2Bvariants.inventory_quantity`)
    const small = withDefaults.body.product.variants.find((x: Variant) => x.id === v.shirtS.id)
    assert.equal(small.inventory_quantity, 7)
    assert.equal(small.sku, "shirt-s")
    assert.equal(withDefaults.body.product.title, "Shirt")
    // a raw `+` arrives as a space, which also means "add"
    const rawPlus = await get(`/store/products/${cat.products.shirt.id}?fields=+variants.inventory_quantity`)
    assert.deepEqual(rawPlus.body, withDefaults.body)
  })

  test("stock moves with the channel's locations (links seen from the other side)", async () => {
    const v = cat.variants
    const l3 = {
      sales_channel: { sales_channel_id: cat.channels.web.id },
      stock_location: { stock_location_id: cat.locations.l3.id },
    }
    await s.app.container.transaction((tx) => tx.link.create(l3))
    let byId = await quantities(`/store/products?fields=id,%2Bvariants.inventory_quantity&handle=shirt`)
    assert.equal(byId[v.shirtS.id].inventory_quantity, 107)
    await s.app.container.transaction((tx) => tx.link.dismiss(l3))
    byId = await quantities(`/store/products?fields=id,%2Bvariants.inventory_quantity&handle=shirt`)
    assert.equal(byId[v.shirtS.id].inventory_quantity, 7)
  })

  test("a key with two channels needs one sales_channel_id", async () => {
    const v = cat.variants
    const error = { type: "invalid_data", message: INVENTORY_CONTEXT }
    const list = await get(`/store/products?fields=id,%2Bvariants.inventory_quantity`, cat.keys.both)
    assert.equal(list.status, 400)
    assert.deepEqual(list.body, error)
    // even when nothing matches (Medusa checks after reading, whatever it read)
    assert.deepEqual(
      (await get(`/store/products?fields=id,%2Bvariants.inventory_quantity&q=zzz`, cat.keys.both)).body,
      error,
    )
    const two = `sales_channel_id[]=${cat.channels.web.id}&sales_channel_id[]=${cat.channels.pos.id}`
    assert.deepEqual(
      (await get(`/store/products?fields=id,%2Bvariants.inventory_quantity&${two}`, cat.keys.both)).body,
      error,
    )
    const one = await quantities(
      `/store/products?fields=id,%2Bvariants.inventory_quantity&sales_channel_id=${cat.channels.web.id}`,
      cat.keys.both,
    )
    assert.equal(one[v.shirtS.id].inventory_quantity, 7)
    // in POS (no stock location) the managed variants have nothing
    const pos = await get(
      `/store/products?fields=id,%2Bvariants.inventory_quantity&sales_channel_id=${cat.channels.pos.id}`,
      cat.keys.both,
    )
    assert.equal(pos.status, 200)
    // detail: a missing product is a 404 first, an existing one the 400
    const missing = await get(`/store/products/prod_missing?fields=%2Bvariants.inventory_quantity`, cat.keys.both)
    assert.equal(missing.status, 404)
    const existing = await get(
      `/store/products/${cat.products.kit.id}?fields=%2Bvariants.inventory_quantity`,
      cat.keys.both,
    )
    assert.deepEqual(existing.body, error)
    // without inventory_quantity the key with two channels reads fine
    assert.equal((await get(`/store/products/${cat.products.kit.id}`, cat.keys.both)).status, 200)
  })
})
