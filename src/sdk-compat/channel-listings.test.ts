import assert from "node:assert/strict"
import { before, describe, test } from "node:test"
import type { Medusa } from "./test-support/medusa.js"
import { adminSdk, ids, sdkFor } from "./test-support/harness.js"
import { serverSuite } from "../test-support/server-suite.js"

describe("JS SDK: channel listings leave Medusa's client unchanged, and it reads the new link fields", () => {
  const { s } = serverSuite()
  let admin: Medusa
  let shop: Medusa
  let retail: string
  let products: { id: string }[]
  const web = () => s.defaults.default_sales_channel_id

  before(async () => {
    admin = await adminSdk(s)
    shop = sdkFor(s)
    retail = (await admin.admin.salesChannel.create({ name: "Retail SDK" })).sales_channel.id
    products = []
    for (const title of ["Launch", "Always"]) {
      const { product } = await admin.admin.product.create({
        title,
        status: "published",
        options: [{ title: "Size", values: ["One"] }],
        sales_channels: [{ id: web() }],
      })
      products.push(product)
    }
  })

  test("with defaults, Medusa's calls behave as in Medusa (batchProducts with plain ids, store list)", async () => {
    const { sales_channel } = await admin.admin.salesChannel.batchProducts(retail, { add: ids(products) })
    assert.equal(sales_channel.id, retail)
    const { products: listed, count } = await shop.store.product.list({ fields: "id" })
    assert.deepEqual(ids(listed).sort(), ids(products).sort())
    assert.equal(count, 2)
  })

  test("the link fields are read through fields=, and a hidden product leaves the store listing", async () => {
    const launch = products[0].id
    const r = await s.request("POST", `/admin/products/${launch}/sales-channels/${web()}`, {
      body: { visible: false },
    })
    assert.equal(r.status, 200, JSON.stringify(r.body))
    const { product } = await admin.admin.product.retrieve(launch, { fields: "id,*sales_channels_link" })
    const links = (product as unknown as { sales_channels_link: { sales_channel_id: string; visible: boolean }[] })
      .sales_channels_link
    assert.equal(links.find((l) => l.sales_channel_id === web())!.visible, false)
    assert.equal(links.find((l) => l.sales_channel_id === retail)!.visible, true)
    const { products: listed } = await shop.store.product.list({ fields: "id" })
    assert.deepEqual(ids(listed), [products[1].id])
    const { product: byId } = await shop.store.product.retrieve(launch, { fields: "id" })
    assert.equal(byId.id, launch)
  })
})
