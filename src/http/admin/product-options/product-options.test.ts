import assert from "node:assert/strict"
import { before, describe, test } from "node:test"
import { serverSuite } from "../../../test-support/server-suite.js"

// shapes checked side by side with Medusa 2.21.2
describe("GET /admin/product-options", () => {
  const { s } = serverSuite()
  let productId: string
  before(async () => {
    const r = await s.request("POST", "/admin/products", {
      body: {
        title: "Tee",
        options: [{ title: "Size", values: ["S", "M"] }],
        variants: [{ title: "S", options: { Size: "S" }, prices: [{ currency_code: "usd", amount: 10 }] }],
      },
    })
    assert.equal(r.status, 200, JSON.stringify(r.body))
    productId = r.body.product.id
  })

  test("a product's options are exclusive to it: listed with their values, none shared (is_exclusive=false)", async () => {
    const shared = await s.request("GET", "/admin/product-options?limit=20&offset=0&is_exclusive=false")
    assert.equal(shared.status, 200)
    assert.deepEqual(shared.body, { product_options: [], count: 0, offset: 0, limit: 20 })
    const all = await s.request("GET", "/admin/product-options")
    assert.equal(all.body.count, 1)
    const option = all.body.product_options[0]
    assert.deepEqual([option.title, option.is_exclusive], ["Size", true])
    assert.deepEqual(option.values.map((v: { value: string }) => v.value).sort(), ["M", "S"])
    const one = await s.request("GET", `/admin/product-options/${option.id}?fields=id,title,product_id`)
    assert.deepEqual(one.body, { product_option: { id: option.id, title: "Size", product_id: productId } })
  })

  test("an unknown id answers {} and a bad filter 400, as in Medusa", async () => {
    assert.deepEqual((await s.request("GET", "/admin/product-options/opt_nope")).body, {})
    assert.equal((await s.request("GET", "/admin/product-options?is_exclusive=maybe")).status, 400)
    assert.equal((await s.request("GET", "/admin/product-options?foo=1")).status, 400)
  })
})
