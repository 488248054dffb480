/**
 * Every statement pg sends while `logStatements(fn)` runs: its text, values and the time to its
 * answer (each is one round trip: pg does not pipeline). Patches pg.Client.prototype.query once;
 * outside `logStatements` the patch only checks a flag. Import before the code under test.
 */
import pg from "pg"

export interface LoggedStatement {
  text: string
  values?: unknown[]
  ms: number
}

let log: LoggedStatement[] | undefined
const query = pg.Client.prototype.query as (...a: unknown[]) => unknown
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  if (!log) return query.apply(this, args)
  const q = args[0] as string | { text?: string; values?: unknown[] }
  const text = typeof q === "string" ? q : (q.text ?? "")
  const values = typeof q === "string" || !q.values ? (args[1] as unknown[] | undefined) : q.values
  const entry: LoggedStatement = { text, values: Array.isArray(values) ? values : undefined, ms: 0 }
  log.push(entry)
  const t0 = performance.now()
  const last = args.length - 1
  const callback = args[last]
  if (typeof callback === "function") {
    args[last] = (...r: unknown[]) => {
      entry.ms = performance.now() - t0
      return (callback as (...r: unknown[]) => unknown)(...r)
    }
  }
  const result = query.apply(this, args)
  if (result instanceof Promise) {
    void result.then(
      () => (entry.ms = performance.now() - t0),
      () => (entry.ms = performance.now() - t0),
    )
  }
  return result
} as typeof pg.Client.prototype.query

/** Runs `fn` and returns its result, its wall time and the statements it sent. */
export async function logStatements<T>(fn: () => Promise<T>) {
  const statements: LoggedStatement[] = []
  log = statements
  const t0 = performance.now()
  try {
    const result = await fn()
    return { result, ms: performance.now() - t0, statements }
  } finally {
    log = undefined
  }
}

/** The statements' summary: count, time waited on PostgreSQL, and each (short text, ms). */
export function summarize(run: { ms: number; statements: LoggedStatement[] }) {
  const waited = run.statements.reduce((s, x) => s + x.ms, 0)
  return {
    wall_ms: round(run.ms),
    statements: run.statements.length,
    waiting_on_postgres_ms: round(waited),
    node_ms: round(run.ms - waited),
    each: run.statements.map((s) => `${round(s.ms)} ms  ${s.text.replace(/\s+/g, " ").slice(0, 110)}`),
  }
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of the `top` slowest statements, each in a transaction rolled back
 * (transaction control and outbox writes are skipped: re-running them would collide).
 */
export async function explainSlowest(url: string, statements: LoggedStatement[], top: number) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  const out: Record<string, string> = {}
  try {
    for (const s of [...statements].sort((a, b) => b.ms - a.ms).slice(0, top)) {
      if (/^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT)|event_outbox/i.test(s.text)) continue
      await client.query("BEGIN")
      const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${s.text}`, s.values)
      await client.query("ROLLBACK")
      out[`${Math.round(s.ms * 100) / 100} ms: ${s.text.replace(/\s+/g, " ").slice(0, 80)}`] = rows
        .map((r) => r["QUERY PLAN"])
        .join("\n")
    }
  } finally {
    await client.end()
  }
  return out
}

const round = (x: number) => Math.round(x * 100) / 100
