import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { ids, keys, sorted, variantKeys } from "../../../test-support/response-keys.js"
import { catalogSuite } from "../products/test-support/catalog-suite.js"

describe("store product variants", () => {
  const { cat, get } = catalogSuite()
  const listIds = async (path: string, key = cat.keys.web) => {
    const r = await get(path, key)
    assert.equal(r.status, 200, JSON.stringify(r.body))
    return sorted(ids(r.body.variants))
  }

  test("variants of published products of the key's enabled channels only; default fields", async () => {
    const v = cat.variants
    const r = await get("/store/product-variants")
    assert.equal(r.status, 200)
    assert.equal(r.body.count, 5)
    assert.equal(r.body.limit, 20)
    assert.equal(r.body.offset, 0)
    assert.deepEqual(
      sorted(ids(r.body.variants)),
      sorted([v.shirtS.id, v.shirtM.id, v.kitVariant.id, v.bareVariant.id, v.mugVariant.id]),
    )
    const small = r.body.variants.find((x: { id: string }) => x.id === v.shirtS.id)
    assert.deepEqual(keys(small), variantKeys("images", "product"))
    assert.deepEqual(small.product, { id: cat.products.shirt.id, type_id: null })
    assert.equal(small.options[0].value, "S")
    assert.deepEqual(small.options[0].option, { id: cat.options.size.id })
    assert.deepEqual(
      await listIds("/store/product-variants?fields=id", cat.keys.pos),
      sorted([v.mugVariant.id, v.lampVariant.id]),
    )
    assert.deepEqual(await listIds("/store/product-variants?fields=id", cat.keys.off), [])
  })

  test("detail: 404 `Product variant with id: <id> was not found` outside the key's catalogue", async () => {
    const v = cat.variants
    const ok = await get(`/store/product-variants/${v.shirtS.id}`)
    assert.equal(ok.status, 200)
    assert.equal(ok.body.variant.sku, "shirt-s")
    for (const id of ["variant_missing", v.hatVariant.id, v.lampVariant.id]) {
      const r = await get(`/store/product-variants/${id}`)
      assert.deepEqual(r.body, { type: "not_found", message: `Product variant with id: ${id} was not found` }, id)
    }
    const lamp = await get(`/store/product-variants/${v.lampVariant.id}?fields=id,title`, cat.keys.pos)
    assert.deepEqual(lamp.body, { variant: { id: v.lampVariant.id, title: "Lamp" } })
  })

  test("channel rules as on products", async () => {
    const notInKey = { type: "invalid_data", message: "Requested sales channel is not part of the publishable key" }
    assert.deepEqual((await get(`/store/product-variants?sales_channel_id=${cat.channels.pos.id}`)).body, notInKey)
    assert.deepEqual(
      (await get(`/store/product-variants/${cat.variants.shirtS.id}?sales_channel_id=${cat.channels.pos.id}`)).body,
      notInKey,
    )
    const noChannel = { type: "invalid_data", message: "Publishable key needs to have a sales channel configured" }
    assert.deepEqual((await get("/store/product-variants", cat.keys.none)).body, noChannel)
    assert.deepEqual(
      await listIds(`/store/product-variants?fields=id&sales_channel_id=${cat.channels.pos.id}`, cat.keys.both),
      sorted([cat.variants.mugVariant.id, cat.variants.lampVariant.id]),
    )
  })

  test("filters, search, order, pagination and strict query", async () => {
    const v = cat.variants
    // q searches the variant and its product (Shirt's description), not the product's other variants
    assert.deepEqual(await listIds("/store/product-variants?fields=id&q=cotton"), sorted([v.shirtS.id, v.shirtM.id]))
    assert.deepEqual(await listIds("/store/product-variants?fields=id&q=shirt-m"), [v.shirtM.id])
    // word by word (Medusa): one word in the product's description, one in the variant's sku
    assert.deepEqual(await listIds("/store/product-variants?fields=id&q=shirt-m%20COTTON"), [v.shirtM.id])
    assert.deepEqual(await listIds(`/store/product-variants?fields=id&product_id=${cat.products.kit.id}`), [
      v.kitVariant.id,
    ])
    assert.deepEqual(
      await listIds("/store/product-variants?fields=id&sku[]=kit,mug"),
      sorted([v.kitVariant.id, v.mugVariant.id]),
    )
    assert.deepEqual(
      await listIds("/store/product-variants?fields=id&manage_inventory=false"),
      sorted([v.shirtM.id, v.mugVariant.id]),
    )
    assert.deepEqual(await listIds("/store/product-variants?fields=id&options[value]=M"), [v.shirtM.id])
    const page = await get("/store/product-variants?fields=id,sku&order=-sku&limit=2&offset=1")
    assert.deepEqual(
      page.body.variants.map((x: { sku: string }) => x.sku),
      ["shirt-m", "mug"],
    )
    assert.equal(page.body.count, 5)
    const cases: [string, string][] = [
      ["/store/product-variants?foo=1", "Invalid request: Unrecognized fields: 'foo'"],
      ["/store/product-variants?manage_inventory=maybe", "Invalid request: Invalid input"],
      ["/store/product-variants?order=product.title", "Order field product.title is not valid"],
      [`/store/product-variants/${v.shirtS.id}?q=x`, "Invalid request: Unrecognized fields: 'q'"],
    ]
    for (const [path, message] of cases)
      assert.deepEqual((await get(path)).body, { type: "invalid_data", message }, path)
    // fields outside the allow-list are dropped
    const dropped = await get(`/store/product-variants/${v.kitVariant.id}?fields=id,*product,prices,sku`)
    assert.deepEqual(dropped.body, { variant: { id: v.kitVariant.id, sku: "kit" } })
  })

  test("inventory_quantity and calculated_price", async () => {
    const v = cat.variants
    const stock = await get(`/store/product-variants?fields=id,inventory_quantity&order=sku`)
    assert.deepEqual(stock.body.variants, [
      { id: v.bareVariant.id, manage_inventory: true, inventory_quantity: null },
      { id: v.kitVariant.id, manage_inventory: true, inventory_quantity: 1 },
      { id: v.mugVariant.id, manage_inventory: false },
      { id: v.shirtM.id, manage_inventory: false },
      { id: v.shirtS.id, manage_inventory: true, inventory_quantity: 7 },
    ])
    const error = {
      type: "invalid_data",
      message:
        "Inventory availability cannot be calculated in the given context. Either provide a single sales channel id or configure a single sales channel in the publishable key",
    }
    assert.deepEqual((await get(`/store/product-variants?fields=id,inventory_quantity`, cat.keys.both)).body, error)
    assert.equal(
      (await get(`/store/product-variants/variant_missing?fields=id,inventory_quantity`, cat.keys.both)).status,
      404,
    )
    assert.deepEqual(
      (await get(`/store/product-variants/${v.kitVariant.id}?fields=id,inventory_quantity`, cat.keys.both)).body,
      error,
    )

    const priced = await get(`/store/product-variants/${v.shirtS.id}?fields=id&region_id=${cat.regions.eur.id}`)
    assert.equal(priced.status, 200)
    assert.deepEqual(Object.keys(priced.body.variant).sort(), ["calculated_price", "id"])
    assert.equal(priced.body.variant.calculated_price.calculated_amount, 12.5)
    assert.equal(priced.body.variant.calculated_price.is_calculated_price_tax_inclusive, true)
    const missing = await get(`/store/product-variants?fields=id,calculated_price`)
    assert.deepEqual(missing.body, {
      type: "invalid_data",
      message: "Missing required pricing context to calculate prices - region_id",
    })
  })
})
