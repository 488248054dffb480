import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { createTestDatabase } from "../test-support/database.js"
import { PgExecutor, type Statement } from "./executor.js"
import { SalesgraphPool } from "./pool.js"
import { withTransaction } from "./transaction.js"

const statement = (text: string, values: unknown[] = []): Statement => ({ compile: () => ({ text, values }) })

describe("plan modes of named statements (plan-mode.ts)", () => {
  let pool: SalesgraphPool
  let drop: () => Promise<void>
  // one connection, so that every statement below lands on the connection the counts are read from
  before(async () => {
    const db = await createTestDatabase({ empty: true })
    drop = db.drop
    pool = new SalesgraphPool({ connectionString: db.url, max: 1 })
  })
  after(async () => {
    await pool.end()
    await drop()
  })

  /** how PostgreSQL planned each execution of the named statement with this text */
  const plans = async (text: string) => {
    const { rows } = await pool.query(
      "SELECT generic_plans, custom_plans FROM pg_prepared_statements WHERE statement = $1",
      [text],
    )
    return { generic: Number(rows[0].generic_plans), custom: Number(rows[0].custom_plans) }
  }

  test("a lookup by id plans once, generically; other statements keep custom plans, on the same connection", async () => {
    const db = new PgExecutor(pool, false)
    const byId = "SELECT relname FROM pg_class WHERE oid = $1::oid"
    const listing = "SELECT relname FROM pg_class WHERE relname LIKE $1 LIMIT $2::bigint"
    for (let i = 0; i < 3; i++) {
      await db.query(statement(byId, [1259]), { prepare: true, generic: true })
      await db.query(statement(listing, ["pg_%", 5]), { prepare: true })
    }
    assert.deepEqual(await plans(byId), { generic: 3, custom: 0 })
    assert.deepEqual(await plans(listing), { generic: 0, custom: 3 })
  })

  test("inside a transaction every named statement is generic, and the connection is back to auto after it", async () => {
    const text = "SELECT count(*) FROM pg_class WHERE relkind = $1"
    await withTransaction(pool, (tx) => tx.query(statement(text, ["r"]), { prepare: true }))
    assert.deepEqual(await plans(text), { generic: 1, custom: 0 })
    const { rows } = await pool.query("SHOW plan_cache_mode")
    assert.equal(rows[0].plan_cache_mode, "auto")
  })

  test("a statement the database refuses leaves the connection, and its prepared statements, in the pool", async () => {
    const db = new PgExecutor(pool, false)
    const text = "SELECT 1 / $1::int AS x"
    await db.query(statement(text, [1]), { prepare: true, generic: true })
    await assert.rejects(db.query(statement(text, [0]), { prepare: true, generic: true }), /division by zero/)
    await db.query(statement(text, [2]), { prepare: true, generic: true })
    assert.deepEqual(await plans(text), { generic: 3, custom: 0 })
  })
})
