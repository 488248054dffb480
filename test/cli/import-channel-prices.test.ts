import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { testServer, type TestServer } from "../../src/test-support/http.js"
import { importText, importWorld, rejectedLines } from "./support/import-world.js"

/** Beyond Medusa (docs/pricing.md): `price_<currency>@<channel name>` columns. */
describe("salesgraph import: a channel's price column", () => {
  let s: TestServer
  let world: Awaited<ReturnType<typeof importWorld>>
  let region: string
  before(async () => {
    s = await testServer()
    world = await importWorld(s.app.container)
    region = (await s.request("POST", "/admin/regions", { body: { name: "US", currency_code: "usd" } })).body.region.id
  })
  after(() => s.close())

  const storePrice = async (key: string) =>
    (
      await s.request("GET", `/store/products?handle=mug&region_id=${region}&fields=variants.calculated_price`, {
        key,
        token: null,
      })
    ).body.products[0].variants[0].calculated_price.calculated_amount

  test("the channel's price applies in that channel, the plain one elsewhere; a re-run updates it; unknown channels are refused", async () => {
    const csv = (retail: string) =>
      `handle,sku,title,status,sales_channels,price_usd,price_usd@Retail store\nmug,MUG-1,Mug,published,Web shop;Retail store,12.00,${retail}\n`
    const first = await importText(s.app.container, csv("10.50"))
    assert.deepEqual(rejectedLines(first), [])
    assert.equal(await storePrice(world.webKey), 12)
    assert.equal(await storePrice(world.retailKey), 10.5)
    const prices = (
      await s.request("GET", "/admin/products?handle=mug&fields=variants.prices.amount,variants.prices.rules")
    ).body.products[0].variants[0].prices
    assert.deepEqual(prices.map((p: { amount: number; rules: unknown }) => [p.amount, p.rules]).sort(), [
      [10.5, { sales_channel_id: [world.retail] }],
      [12, {}],
    ])

    const again = await importText(s.app.container, csv("11.00"))
    assert.deepEqual(rejectedLines(again), [])
    assert.equal(await storePrice(world.retailKey), 11)
    assert.equal(await storePrice(world.webKey), 12)

    const unknown = await importText(s.app.container, "handle,sku,title,price_usd@Nowhere\nbowl,BOWL-1,Bowl,3.00\n")
    assert.match(rejectedLines(unknown)[0], /^2: price_usd@nowhere: no sales channel "nowhere"/)
  })
})
