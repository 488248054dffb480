import assert from "node:assert/strict"
import { Readable } from "node:stream"
import { after, before, describe, test } from "node:test"
import { testApp, type TestApp } from "../../test-support/app.js"
import { importProductsCsv } from "./import-products.js"

describe("CSV import: channel listing columns", () => {
  let app: TestApp
  before(async () => {
    app = await testApp()
    await app.container.transaction((tx) =>
      tx.modules.sales_channel.createSalesChannels([{ name: "Web shop" }, { name: "Retail store" }]),
    )
  })
  after(() => app.dispose())

  const run = (csv: string) => importProductsCsv(app.container, Readable.from([csv]))
  const listings = async (handle: string) => {
    const { data } = await app.container.query.graph<{
      sales_channels_link: {
        visible: boolean
        purchasable: boolean
        available_from: string | null
        sales_channel: { name: string }
      }[]
    }>({
      entity: "product",
      fields: [
        "id",
        "sales_channels_link.visible",
        "sales_channels_link.purchasable",
        "sales_channels_link.available_from",
        "sales_channels_link.sales_channel.name",
      ],
      filters: { handle },
    })
    return Object.fromEntries(
      data[0].sales_channels_link.map(({ sales_channel, ...state }) => {
        delete (state as { id?: string }).id
        return [sales_channel.name, state]
      }),
    )
  }
  const HEADER = "handle,title,sku,sales_channels,listing_available_from,listing_visible,listing_purchasable\n"

  test("a launch in one channel and a hidden listing in another; a re-run changes nothing", async () => {
    const csv = HEADER + "jacket,Jacket,JK-1,Web shop;Retail store,Web shop=2030-01-01T09:00:00Z,Retail store=false,\n"
    const first = await run(csv)
    assert.deepEqual(first.products, { created: 1, updated: 0, unchanged: 0, rejected: 0 })
    assert.deepEqual(await listings("jacket"), {
      "Web shop": { visible: true, purchasable: true, available_from: "2030-01-01T09:00:00.000Z" },
      "Retail store": { visible: false, purchasable: true, available_from: null },
    })
    const again = await run(csv)
    assert.deepEqual(again.products, { created: 0, updated: 0, unchanged: 1, rejected: 0 })
    const opened = await run(HEADER + "jacket,,JK-1,,Web shop=,,Web shop=no\n")
    assert.deepEqual(opened.products, { created: 0, updated: 1, unchanged: 0, rejected: 0 })
    assert.deepEqual((await listings("jacket"))["Web shop"], {
      visible: true,
      purchasable: false,
      available_from: null,
    })
  })

  test("bad values and channels the product is not in reject the product", async () => {
    const bad = await run(
      HEADER +
        "cap,Cap,CAP-1,Web shop,Web shop=next friday,,\n" +
        "hat,Hat,HAT-1,Web shop,,Retail store=false,\n" +
        "scarf,Scarf,SC-1,Web shop,,Nowhere=false,\n",
    )
    assert.equal(bad.products.rejected, 3)
    const reasons = bad.rejections.flatMap((r) => r.problems.map((p) => p.reason)).join("\n")
    assert.match(reasons, /"next friday" is not an ISO 8601 time/)
    assert.match(reasons, /not in sales channel "Retail store"/)
    assert.match(reasons, /Nowhere/)
  })
})
