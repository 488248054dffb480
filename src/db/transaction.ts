import type pg from "pg"
import { PgExecutor, type Executor } from "./executor.js"
import { BEGIN_GENERIC } from "./plan-mode.js"

const RETRYABLE = new Set(["40001", "40P01"]) // serialization failure, deadlock detected
const MAX_ATTEMPTS = 5

/**
 * Runs `work` in one transaction on one pooled connection: all or nothing. Deadlocks and
 * serialization failures are retried from the start (work only touches the database and
 * buffers, so a retry is safe).
 */
export async function withTransaction<T>(pool: pg.Pool, work: (tx: Executor) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const client = await pool.connect()
    let broken = false
    try {
      await client.query(BEGIN_GENERIC)
      const tx = new PgExecutor(client, true)
      const result = await work(tx)
      // the last statement, when the work left one, travels with the COMMIT: one round trip
      await client.query(tx.beforeCommit ? `${tx.beforeCommit};\nCOMMIT` : "COMMIT")
      return result
    } catch (error) {
      try {
        await client.query("ROLLBACK")
      } catch {
        broken = true
      }
      const code = (error as { code?: string }).code
      if (code && RETRYABLE.has(code) && attempt < MAX_ATTEMPTS) {
        await new Promise((r) => setTimeout(r, 5 * attempt + Math.random() * 10))
        continue
      }
      throw error
    } finally {
      client.release(broken)
    }
  }
}
