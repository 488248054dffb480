import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { appSuite } from "../../../test-support/app-suite.js"
import { countingExecutor } from "../../../test-support/fixtures.js"
import { CountCache } from "../count-cache.js"
import { Query } from "../query.js"

describe("count cache", () => {
  const app = appSuite()

  test("a repeated list reuses its count until the next commit clears it", async () => {
    const counter = countingExecutor(app.container.db)
    const cache = new CountCache()
    const query = new Query(app.core.schema, counter, cache)
    const input = {
      entity: "sales_channel",
      fields: ["id"],
      filters: { is_disabled: false },
      pagination: { skip: 0, take: 1 },
    }
    await app.container.transaction((tx) =>
      tx.modules.sales_channel.createSalesChannels([{ name: "a" }, { name: "b" }]),
    )
    const first = await query.graph(input)
    assert.equal(first.metadata?.count, 2)
    assert.match(counter.texts.at(-1)!, /count\(\*\)/)
    const second = await query.graph({ ...input, pagination: { skip: 1, take: 1 } })
    assert.equal(second.metadata?.count, 2)
    assert.doesNotMatch(counter.texts.at(-1)!, /count\(\*\)/, "the page alone")
    await app.container.transaction((tx) => tx.modules.sales_channel.createSalesChannels({ name: "c" }))
    cache.clear() // what the application does on every commit
    assert.equal((await query.graph(input)).metadata?.count, 3)
  })

  test("the application's Query clears counts on every commit (container wiring)", async () => {
    const input = { entity: "sales_channel", fields: ["id"], pagination: { skip: 0, take: 1 } }
    const before = (await app.container.query.graph(input)).metadata!.count
    await app.container.transaction((tx) => tx.modules.sales_channel.createSalesChannels({ name: "d" }))
    assert.equal((await app.container.query.graph(input)).metadata!.count, before + 1)
  })

  test("a count computed while a write commits is not stored", () => {
    const cache = new CountCache()
    const generation = cache.generation
    cache.clear()
    cache.set("k", 1, generation)
    assert.equal(cache.get("k"), undefined)
  })
})
