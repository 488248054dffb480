import type { Executor } from "../../db/executor.js"
import { sql } from "../sql/sql.js"

/**
 * Takes a token from `key`'s bucket: `perMinute` tokens at most (a minute's allowance may be
 * spent at once), refilled continuously at perMinute / 60 s by the database's clock. One
 * statement: the row lock of ON CONFLICT DO UPDATE serialises every process's requests for the
 * key, so N processes share one allowance. Returns 0 when a token was taken, else the
 * milliseconds until one will be there.
 */
export async function takeToken(db: Executor, key: string, perMinute: number): Promise<number> {
  const cap = sql`${perMinute}::float8`
  // a statement that waited for the row lock may have started before the refill it sees
  const level = sql`least(${cap}, b.tokens + greatest(0, extract(epoch FROM now() - b.refilled_at)) * ${cap} / 60)`
  const [row] = await db.query<{ granted: boolean; tokens: number }>(
    sql`INSERT INTO rate_limit_bucket AS b (key, tokens, refilled_at, granted)
      VALUES (${key}, ${cap} - 1, now(), true)
      ON CONFLICT (key) DO UPDATE SET
        tokens = ${level} - CASE WHEN ${level} >= 1 THEN 1 ELSE 0 END,
        granted = ${level} >= 1,
        refilled_at = greatest(b.refilled_at, now())
      RETURNING b.granted, b.tokens`,
    { prepare: true },
  )
  return row.granted ? 0 : ((1 - row.tokens) * 60_000) / perMinute
}
