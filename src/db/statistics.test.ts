import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { testApp, type TestApp } from "../test-support/app.js"
import { StatisticsKeeper } from "./statistics.js"

describe("planner statistics after bulk writes", () => {
  let app: TestApp
  before(async () => {
    app = await testApp()
  })
  after(() => app.dispose())

  test("tables changed past the autoanalyze threshold are analyzed; others are left alone", async () => {
    const keeper = new StatisticsKeeper(app.core.pool)
    await app.container.transaction((tx) =>
      tx.modules.sales_channel.createSalesChannels(Array.from({ length: 300 }, (_, i) => ({ name: `c${i}` }))),
    )
    // counters reach the shared statistics a moment after the transaction; the application's own
    // keeper (debounced after the commit) may get there first, either way the table is analyzed
    const tuples = async () =>
      (await app.core.pool.query("SELECT reltuples FROM pg_class WHERE relname = 'sales_channel'")).rows[0].reltuples as number
    const analyzed: string[] = []
    for (let i = 0; i < 50 && (await tuples()) < 300; i++) {
      await new Promise((r) => setTimeout(r, 100))
      analyzed.push(...(await keeper.check()))
    }
    assert.ok((await tuples()) >= 300, "sales_channel analyzed")
    assert.ok(!analyzed.includes("product"), "an unchanged table is left alone")
    assert.deepEqual(await keeper.check(), [], "nothing left to do")
    await keeper.stop()
  })
})
