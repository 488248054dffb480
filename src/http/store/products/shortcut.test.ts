import assert from "node:assert/strict"
import { before, describe, test } from "node:test"
import type { Row } from "../../../framework/service/index.js"
import { serverSuite } from "../../../test-support/server-suite.js"

/**
 * 2.21.2: with at most one sales channel in the database the listing is not filtered by
 * channel; the detail route still is.
 */
describe("store products: the single-channel listing shortcut", () => {
  const { s } = serverSuite()
  let linked: Row
  let unlinked: Row
  const get = (path: string) => s.request("GET", path, { key: s.publishableKey, token: null })
  const listIds = async () => {
    const r = await get("/store/products?fields=id")
    assert.equal(r.status, 200, JSON.stringify(r.body))
    return r.body.products.map((p: { id: string }) => p.id)
  }

  before(async () => {
    ;[linked, unlinked] = await s.app.container.transaction(async (tx) => {
      const products = await tx.modules.product.createProducts([
        { title: "Linked", handle: "linked", status: "published" },
        { title: "Unlinked", handle: "unlinked", status: "published" },
        { title: "Draft", handle: "draft", status: "draft" },
      ])
      await tx.link.create({
        product: { product_id: products[0].id },
        sales_channel: { sales_channel_id: s.defaults.default_sales_channel_id },
      })
      return products
    })
  })

  test("one channel: every published product is listed; the detail still needs the link", async () => {
    assert.deepEqual(await listIds(), [linked.id, unlinked.id])
    assert.equal((await get(`/store/products/${linked.id}?fields=id`)).status, 200)
    const detail = await get(`/store/products/${unlinked.id}`)
    assert.deepEqual(detail.body, { type: "not_found", message: `Product with id: ${unlinked.id} was not found` })
    // the channel checks still apply
    const other = await get(`/store/products?sales_channel_id=sc_other`)
    assert.equal(other.body.message, "Requested sales channel is not part of the publishable key")
  })

  test("a second channel (admin API) turns the filter on; deleting it turns it off again", async () => {
    const created = await s.request("POST", "/admin/sales-channels", { body: { name: "Second" } })
    assert.equal(created.status, 200)
    assert.deepEqual(await listIds(), [linked.id])
    const deleted = await s.request("DELETE", `/admin/sales-channels/${created.body.sales_channel.id}`)
    assert.equal(deleted.status, 200)
    assert.deepEqual(await listIds(), [linked.id, unlinked.id])
  })

  test("beyond Medusa: a single channel that is disabled sells nothing", async () => {
    const id = s.defaults.default_sales_channel_id
    await s.request("POST", `/admin/sales-channels/${id}`, { body: { is_disabled: true } })
    try {
      assert.deepEqual(await listIds(), [])
    } finally {
      await s.request("POST", `/admin/sales-channels/${id}`, { body: { is_disabled: false } })
    }
    assert.deepEqual(await listIds(), [linked.id, unlinked.id])
  })
})
