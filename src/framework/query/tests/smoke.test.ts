import assert from "node:assert/strict"
import { after, test } from "node:test"
import { testApp } from "../../../test-support/app.js"

test("smoke: services, links, query", async () => {
  const app = await testApp()
  after(() => app.dispose())
  const c = app.container
  const sc = await c.transaction(async (tx) => tx.modules.sales_channel.createSalesChannels({ name: "Web" }))
  assert.match(sc.id, /^sc_[0-9A-Z]{26}$/)
  const prod = await c.transaction((tx) => tx.modules.product.createProducts({ title: "Shirt", handle: "shirt" }))
  await c.link.create({ product: { product_id: prod.id }, sales_channel: { sales_channel_id: sc.id } })
  const { data } = await c.query.graph({ entity: "product", fields: ["id", "title", "sales_channels.*"] })
  console.log(JSON.stringify(data))
  assert.equal(data[0].sales_channels[0].id, sc.id)
  const r2 = await c.query.graph({ entity: "sales_channel", fields: ["*", "products.title", "products_link.*"], pagination: { skip: 0, take: 10 } })
  console.log(JSON.stringify(r2))
})
