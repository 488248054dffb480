import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { appSuite } from "../test-support/app-suite.js"
import { StatisticsKeeper } from "./statistics.js"

describe("planner statistics after bulk writes", () => {
  const app = appSuite()

  test("tables changed past the autoanalyze threshold are analyzed; others are left alone", async () => {
    const keeper = new StatisticsKeeper(app.core.pool)
    // the writes on one connection that then flushes its statistics (an idle pooled connection
    // would report them only after PostgreSQL's 10 s idle interval; the keeper looks again then)
    const client = await app.core.pool.connect()
    try {
      await client.query(
        "INSERT INTO sales_channel (id, name) SELECT 'sc_stat_' || i, 'c' || i FROM generate_series(1, 300) i",
      )
      await client.query("SELECT pg_stat_force_next_flush()")
      await client.query("SELECT 1")
    } finally {
      client.release()
    }
    // counters reach the shared statistics a moment after the transaction; the application's own
    // keeper (debounced after the commit) may get there first, either way the table is analyzed
    const tuples = async () =>
      (await app.core.pool.query("SELECT reltuples FROM pg_class WHERE relname = 'sales_channel'")).rows[0]
        .reltuples as number
    const analyzed: string[] = []
    for (let i = 0; i < 200 && (await tuples()) < 300; i++) {
      await new Promise((r) => setTimeout(r, 100))
      analyzed.push(...(await keeper.check()))
    }
    assert.ok((await tuples()) >= 300, "sales_channel analyzed")
    assert.ok(!analyzed.includes("product"), "an unchanged table is left alone")
    assert.deepEqual(await keeper.check(), [], "nothing left to do")
    await keeper.stop()
  })
})
