import type pg from "pg"

// Any constant: one process at a time refreshes statistics.
const ANALYZE_LOCK = 7_301_444

/**
 * Keeps the planner's statistics fresh after bulk writes, with PostgreSQL's own autoanalyze
 * rule (50 rows + 10% changed), also on servers running without autovacuum (CI's PostgreSQL
 * here runs with `autovacuum = off`): without statistics a freshly seeded catalogue is planned
 * as if empty, and a channel's listing scans every product. Checks run a moment after commits
 * (debounced) and cost one catalogue query; ANALYZE samples, so it stays cheap on big tables.
 */
export class StatisticsKeeper {
  private readonly timers = new Map<number, NodeJS.Timeout>()
  private running?: Promise<void>
  private stopped = false

  constructor(
    private readonly pool: pg.Pool,
    private readonly onError: (error: unknown) => void = () => {},
    // soon, and again after PostgreSQL's idle stats flush (10 s): a connection that went idle in
    // the pool right after its writes reports their counts only then
    private readonly delaysMs = [1500, 11_000],
  ) {}

  /** A write committed: look again soon. */
  touch() {
    if (this.stopped) return
    for (const delay of this.delaysMs) {
      if (this.timers.has(delay)) continue
      const timer = setTimeout(() => {
        this.timers.delete(delay)
        this.running ??= this.check()
          .then(
            () => undefined,
            () => undefined,
          )
          .finally(() => (this.running = undefined))
      }, delay)
      timer.unref()
      this.timers.set(delay, timer)
    }
  }

  async check(): Promise<string[]> {
    const client = await this.pool.connect()
    try {
      const { rows } = await client.query<{ relname: string }>(
        `SELECT s.relname FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid
          WHERE s.schemaname = current_schema()
            AND s.n_mod_since_analyze > 50 + 0.1 * greatest(c.reltuples, 0)`,
      )
      if (rows.length === 0) return []
      const locked = await client.query<{ ok: boolean }>("SELECT pg_try_advisory_lock($1) AS ok", [ANALYZE_LOCK])
      if (!locked.rows[0].ok) return []
      try {
        for (const { relname } of rows) await client.query(`ANALYZE "${relname.replace(/"/g, '""')}"`)
      } finally {
        await client.query("SELECT pg_advisory_unlock($1)", [ANALYZE_LOCK])
      }
      return rows.map((r) => r.relname)
    } catch (error) {
      this.onError(error)
      return []
    } finally {
      client.release()
    }
  }

  async stop() {
    this.stopped = true
    for (const timer of this.timers.values()) clearTimeout(timer)
    this.timers.clear()
    await this.running
  }
}
