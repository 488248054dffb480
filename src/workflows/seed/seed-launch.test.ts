import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { appSuite } from "../../test-support/app-suite.js"
import { RETAIL, WEB } from "./demo-catalog.js"
import { seedDemoWorkflow } from "./seed-demo.js"

describe("demo seed: the channel listing example", () => {
  const app = appSuite()

  test("the launch edition is live in the Retail store and launches in the Web shop next week; a re-run keeps it", async () => {
    const started = Date.now()
    await seedDemoWorkflow(app.container)
    const read = async () => {
      const { data } = await app.container.query.graph<{
        sales_channels_link: { available_from: string | null; sales_channel: { name: string } }[]
      }>({
        entity: "product",
        fields: ["id", "sales_channels_link.available_from", "sales_channels_link.sales_channel.name"],
        filters: { handle: "launch-edition-rain-jacket" },
      })
      assert.equal(data.length, 1)
      return Object.fromEntries(data[0].sales_channels_link.map((l) => [l.sales_channel.name, l.available_from]))
    }
    const first = await read()
    assert.equal(first[RETAIL], null)
    const launch = Date.parse(first[WEB]!)
    assert.ok(launch >= started + 7 * 86_400_000 && launch <= Date.now() + 7 * 86_400_000)
    await seedDemoWorkflow(app.container)
    assert.deepEqual(await read(), first)
  })
})
