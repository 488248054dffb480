import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import pg from "pg"
import { EVENTS_CHANNEL } from "../framework/events/index.js"
import { createTestDatabase } from "../test-support/database.js"
import { until } from "../test-support/until.js"
import { EventListener } from "./event-listener.js"

describe("event listener", () => {
  let database: { url: string; drop(): Promise<void> }
  let db: pg.Client
  before(async () => {
    database = await createTestDatabase()
    db = new pg.Client({ connectionString: database.url })
    await db.connect()
  })
  after(async () => {
    await db.end()
    await database.drop()
  })

  const notify = (payload: string) => db.query(`SELECT pg_notify($1, $2)`, [EVENTS_CHANNEL, payload])

  test("hears committed names; when its connection is killed it reports 'anything changed', reconnects and hears again", async () => {
    const heard: string[][] = []
    const listener = new EventListener({ connectionString: database.url, onNames: (n) => heard.push(n) })
    await listener.start()
    try {
      await notify("product.created,product.updated")
      await until(() => heard.length === 1, "the first notification")
      assert.deepEqual(heard[0], ["product.created", "product.updated"])

      const killed = await db.query(
        `SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity
          WHERE datname = current_database() AND query = $1 AND pid <> pg_backend_pid()`,
        [`LISTEN ${EVENTS_CHANNEL}`],
      )
      assert.equal(killed.rows.length, 1)
      await until(() => heard.some((n) => n.length === 0), "the loss to be reported")
      await until(() => listener.reconnects === 1 && listener.listening, "the reconnection")
      heard.length = 0
      await notify("sales-channel.updated")
      await until(() => heard.some((n) => n[0] === "sales-channel.updated"), "a notification after reconnecting")
    } finally {
      await listener.stop()
    }
    assert.equal(listener.listening, false)
  })

  test("a listener that cannot connect at start fails loudly instead of going deaf", async () => {
    const url = new URL(database.url)
    url.pathname = "/no_such_database_here"
    const listener = new EventListener({ connectionString: url.toString(), onNames: () => {} })
    await assert.rejects(listener.start())
    await listener.stop()
  })
})
