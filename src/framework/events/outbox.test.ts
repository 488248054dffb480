import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { testApp, type TestApp } from "../../test-support/app.js"
import type { BusEvent } from "./event.js"

describe("event bus with a transactional outbox", () => {
  let app: TestApp
  const seen: BusEvent[] = []
  let failNext = 0

  before(async () => {
    app = await testApp()
    app.core.bus.subscribe("test.*", (e) => {
      if (failNext > 0) {
        failNext--
        throw new Error("subscriber down")
      }
      seen.push(e)
    })
  })
  after(() => app.dispose())

  test("events of a committed transaction are delivered after commit, with ids", async () => {
    let deliveredBeforeCommit = -1
    await app.container.transaction(async (tx) => {
      tx.emit("test.one", { id: "a" })
      tx.emit("test.two", { id: "b" })
      await new Promise((r) => setTimeout(r, 20))
      deliveredBeforeCommit = seen.length
    })
    await app.core.dispatcher.drain()
    assert.equal(deliveredBeforeCommit, 0)
    assert.deepEqual(
      seen.map((e) => [e.name, e.data.id]),
      [
        ["test.one", "a"],
        ["test.two", "b"],
      ],
    )
    assert.match(seen[0].id, /^evt_/)
  })

  test("a rolled-back transaction writes and delivers nothing", async () => {
    const before = seen.length
    await assert.rejects(
      app.container.transaction(async (tx) => {
        tx.emit("test.rolled-back", { id: "x" })
        await tx.modules.sales_channel.createSalesChannels({ name: "never" })
        throw new Error("boom")
      }),
    )
    await app.core.dispatcher.drain()
    assert.equal(seen.length, before)
    const rows = await app.core.pool.query(
      "select count(*)::int as n from event_outbox where name = 'test.rolled-back'",
    )
    assert.equal(rows.rows[0].n, 0)
    assert.equal((await app.container.modules.sales_channel.listSalesChannels({ name: "never" })).length, 0)
  })

  test("a failing subscriber gets the event again (at least once); de-duplicating by id gives exactly once", async () => {
    failNext = 1
    await app.container.transaction(async (tx) => tx.emit("test.retry", { id: "r" }))
    await app.core.dispatcher.drain()
    await app.core.dispatcher.drain()
    const delivered = seen.filter((e) => e.name === "test.retry")
    assert.equal(delivered.length, 1)
    const row = await app.core.pool.query("select attempts, delivered_at from event_outbox where name = 'test.retry'")
    assert.equal(row.rows[0].attempts, 1)
    assert.notEqual(row.rows[0].delivered_at, null)
  })

  test("other processes are told through NOTIFY at commit", async () => {
    const names: string[][] = []
    const listener = (n: string[]) => names.push(n)
    app.onRemoteEvents.add(listener)
    await app.container.transaction(async (tx) => tx.emit("test.notify", { id: "n" }))
    for (let i = 0; i < 2000 && !names.some((n) => n.includes("test.notify")); i++)
      await new Promise((r) => setTimeout(r, 10))
    app.onRemoteEvents.delete(listener)
    assert.ok(names.some((n) => n.includes("test.notify")))
  })
})
