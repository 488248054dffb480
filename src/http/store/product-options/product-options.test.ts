import assert from "node:assert/strict"
import { before, describe, test } from "node:test"
import { OPTION_VALUE_KEYS, keys, optionKeys, paging } from "../../../test-support/response-keys.js"
import { serverSuite } from "../../../test-support/server-suite.js"

describe("store product options", () => {
  const { s } = serverSuite()
  let size: { id: string; values: { id: string; value: string }[] }
  let shared: string
  before(async () => {
    // a draft product: Medusa's route lists its options too (they are not scoped by channel)
    const product = await s.request("POST", "/admin/products", {
      body: { title: "Tee", options: [{ title: "Size", values: ["S", "M"] }] },
    })
    size = product.body.product.options[0]
    // a shared option (not a product's own), as Medusa's admin makes with is_exclusive: false
    const option = await s.app.container.modules.product.createProductOptions({
      title: "Material",
      is_exclusive: false,
    })
    await s.app.container.modules.product.createProductOptionValues({ option_id: option.id, value: "Cotton" })
    shared = option.id
  })

  const get = (path: string) => s.request("GET", `/store${path}`, { token: null, key: s.publishableKey })

  test("lists every option with its values in Medusa's default fields", async () => {
    const listed = await get("/product-options?order=title")
    assert.equal(listed.status, 200)
    assert.deepEqual(paging(listed.body), { count: 2, offset: 0, limit: 50 })
    const [material, ofTee] = listed.body.product_options
    assert.equal(material.id, shared)
    assert.deepEqual(keys(ofTee), optionKeys())
    assert.equal(ofTee.is_exclusive, true)
    assert.deepEqual(ofTee.values.map((v: { value: string }) => v.value).sort(), ["M", "S"])
    assert.deepEqual(keys(ofTee.values[0]), OPTION_VALUE_KEYS)
  })

  test("filters as the storefront's product page does, and by title and search", async () => {
    const sharedOnly = await get("/product-options?is_exclusive=false&fields=%2Avalues")
    assert.deepEqual(
      sharedOnly.body.product_options.map((o: { id: string }) => o.id),
      [shared],
    )
    assert.deepEqual((await get("/product-options?is_exclusive=TRUE&fields=id")).body.product_options, [
      { id: size.id },
    ])
    assert.deepEqual(
      (await get("/product-options?title=Size&fields=title,values.value")).body.product_options[0].title,
      "Size",
    )
    assert.equal((await get("/product-options?q=mater")).body.count, 1)
    assert.equal((await get("/product-options?q=zzz")).body.count, 0)
  })

  test("retrieve one, an unknown id, and bad parameters", async () => {
    const one = await get(`/product-options/${size.id}`)
    assert.equal(one.body.product_option.id, size.id)
    assert.equal(one.body.product_option.values.length, 2)
    const missing = await get("/product-options/opt_nope")
    assert.equal(missing.status, 404)
    assert.deepEqual(missing.body, { type: "not_found", message: "Product option with id: opt_nope was not found" })
    const bad = await get("/product-options?is_exclusive=maybe")
    assert.equal(bad.status, 400)
    assert.deepEqual(bad.body, { type: "invalid_data", message: "Invalid request: Invalid input" })
    assert.equal((await get("/product-options?product_id=x")).status, 400)
  })
})
