import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import type pg from "pg"
import { EventListener } from "../app/event-listener.js"
import { DatabaseUnavailable } from "../db/availability.js"
import { newClient } from "../db/client.js"
import { isConnectionError } from "../db/connection-errors.js"
import { migrate } from "../db/migrate.js"
import { createPool, type SalesgraphPool } from "../db/pool.js"
import { StatisticsKeeper } from "../db/statistics.js"
import { withTransaction } from "../db/transaction.js"
import { EVENTS_CHANNEL } from "../framework/events/index.js"
import { sql } from "../framework/sql/sql.js"
import { createTestDatabase } from "../test-support/database.js"
import { TcpProxy } from "../test-support/tcp-proxy.js"
import { until } from "../test-support/until.js"

/**
 * The database goes away in the middle of each kind of connection salesgraph holds — a pooled
 * transaction, the migration's advisory lock, the statistics keeper's ANALYZE, idle pooled
 * connections and the LISTEN connection — through a TCP proxy this file cuts (the shared server
 * is never touched). Each piece of work is first made to wait on a lock the test holds, so the
 * cut lands mid-statement whatever the machine's speed. None of it may throw past its caller, and
 * everything works again once the proxy is restored.
 */

const uncaught: unknown[] = []
const record = (error: unknown) => uncaught.push(error)

describe("connection loss in the middle of each kind of client", () => {
  let database: { url: string; drop(): Promise<void> }
  let proxy: TcpProxy
  let pool: SalesgraphPool
  let holder: pg.Client
  const downs: unknown[] = []

  before(async () => {
    process.on("uncaughtException", record)
    process.on("unhandledRejection", record)
    database = await createTestDatabase()
    const direct = new URL(database.url)
    proxy = await TcpProxy.start({ host: direct.hostname, port: Number(direct.port || 5432) })
    pool = createPool({
      connectionString: TcpProxy.via(proxy, database.url),
      max: 4,
      events: { onDown: (e) => downs.push(e) },
    })
    holder = newClient({ connectionString: database.url })
    await holder.connect()
    await holder.query("CREATE TABLE fault_row (id int PRIMARY KEY, v int NOT NULL)")
    await holder.query("INSERT INTO fault_row VALUES (1, 0)")
  })

  after(async () => {
    await pool.end().catch(() => {})
    await holder.end().catch(() => {})
    await proxy.close()
    await database.drop()
    process.off("uncaughtException", record)
    process.off("unhandledRejection", record)
    assert.deepEqual(uncaught, [], "an error escaped to the process")
  })

  /** Waits until some other session waits on a lock (the work reached its statement). */
  const blocked = () =>
    until(async () => {
      const { rows } = await holder.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`,
      )
      return rows[0].n > 0
    }, "the work to wait on the test's lock")

  /** Restores the proxy and waits for the pool to reach the database again. */
  async function restore() {
    proxy.restore()
    await until(
      () =>
        pool.query("SELECT 1").then(
          () => true,
          () => false,
        ),
      "the pool to reach the database again",
    )
  }

  /** Cuts the proxy under `work`, returns its rejection, and restores the database. */
  async function cutUnder(work: Promise<unknown>, release: string): Promise<unknown> {
    await blocked()
    proxy.cut()
    const error = await work.then(
      () => undefined,
      (e: unknown) => e,
    )
    await holder.query(release)
    await restore()
    return error
  }

  test("a transaction loses its connection mid-statement: rejected, not committed; idle connections are dropped; the pool refuses at once while the database is away", async () => {
    // idle connections in the pool when the cut comes
    await Promise.all([1, 2, 3].map(() => pool.query("SELECT pg_sleep(0.05)")))
    assert.ok(pool.idleCount > 0)
    await holder.query("BEGIN")
    await holder.query("SELECT * FROM fault_row WHERE id = 1 FOR UPDATE")
    const work = withTransaction(pool, (tx) => tx.query(sql`UPDATE fault_row SET v = v + 1 WHERE id = 1`))
    await blocked()
    proxy.cut()
    const error = await work.then(
      () => undefined,
      (e: unknown) => e,
    )
    assert.ok(isConnectionError(error), `a connection error, not ${error}`)
    // the circuit is open while the proxy stays cut: refused at once, nothing queued
    await until(() => !pool.availability.up, "the circuit to open")
    await assert.rejects(pool.query("SELECT 1"), (e) => e instanceof DatabaseUnavailable)
    await until(() => pool.idleCount === 0, "broken idle connections to leave the pool")
    await holder.query("ROLLBACK")
    await restore()
    assert.ok(downs.length >= 1 && isConnectionError(downs[0]), "the outage was reported")
    // the update was never acknowledged, and never committed either
    assert.equal((await holder.query("SELECT v FROM fault_row WHERE id = 1")).rows[0].v, 0)
    await withTransaction(pool, (tx) => tx.query(sql`UPDATE fault_row SET v = v + 1 WHERE id = 1`))
    assert.equal((await holder.query("SELECT v FROM fault_row WHERE id = 1")).rows[0].v, 1)
  })

  test("migrations lose their connection while waiting for the migration lock: rejected, nothing applied", async () => {
    await holder.query("SELECT pg_advisory_lock(7301442)")
    const work = migrate(pool, [
      { owner: "fault", migrations: [{ name: "0001", up: "CREATE TABLE fault_migrated (id int)" }] },
    ])
    const error = await cutUnder(work, "SELECT pg_advisory_unlock(7301442)")
    assert.ok(isConnectionError(error), `a connection error, not ${error}`)
    assert.equal((await holder.query("SELECT to_regclass('fault_migrated') AS t")).rows[0].t, null)
    const again = await migrate(pool, [
      { owner: "fault", migrations: [{ name: "0001", up: "CREATE TABLE fault_migrated (id int)" }] },
    ])
    assert.equal(again.applied.length, 1)
  })

  test("the statistics keeper loses its connection during ANALYZE: it reports the error and carries on", async () => {
    await holder.query("CREATE TABLE fault_stats (id int)")
    await holder.query("INSERT INTO fault_stats SELECT generate_series(1, 500)")
    await holder.query("SELECT pg_stat_force_next_flush()")
    await holder.query("SELECT 1") // the flush happens at the end of a statement
    const errors: unknown[] = []
    const keeper = new StatisticsKeeper(pool, (e) => errors.push(e))
    await until(async () => {
      const { rows } = await holder.query(
        "SELECT n_mod_since_analyze::int AS n FROM pg_stat_user_tables WHERE relname = 'fault_stats'",
      )
      return rows[0]?.n >= 500
    }, "the inserts to show in the statistics")
    await holder.query("BEGIN")
    await holder.query("LOCK TABLE fault_stats IN SHARE UPDATE EXCLUSIVE MODE")
    const work = keeper.check()
    const error = await cutUnder(work, "ROLLBACK")
    assert.equal(error, undefined, "check() reports through onError, it does not throw")
    assert.ok(errors.length >= 1 && isConnectionError(errors[0]), `a connection error, not ${errors[0]}`)
    // the cut backend may still have finished its ANALYZE once the lock was free: either way the
    // keeper runs again without error
    const seen = errors.length
    assert.ok(Array.isArray(await keeper.check()))
    assert.equal(errors.length, seen)
    await keeper.stop()
  })

  test("the LISTEN connection is cut, its reconnections fail while the database is away, and it listens again", async () => {
    const heard: string[][] = []
    const errors: unknown[] = []
    const listener = new EventListener({
      connectionString: TcpProxy.via(proxy, database.url),
      onNames: (names) => heard.push(names),
      onError: (e) => errors.push(e),
      maxRetryMs: 100,
    })
    await listener.start()
    try {
      proxy.cut()
      await until(() => heard.some((n) => n.length === 0), "the loss to be reported")
      await until(() => errors.length >= 3, "reconnection attempts to fail while the database is away")
      assert.equal(listener.listening, false)
      proxy.restore()
      await until(() => listener.listening && listener.reconnects === 1, "the listener to listen again")
      heard.length = 0
      await holder.query("SELECT pg_notify($1, $2)", [EVENTS_CHANNEL, "product.updated"])
      await until(() => heard.some((n) => n[0] === "product.updated"), "a notification after the outage")
    } finally {
      await listener.stop()
    }
  })
})
