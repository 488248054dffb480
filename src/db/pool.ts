import pg from "pg"

// Output types as Medusa's JSON renders them: numbers as numbers, timestamps as ISO strings with
// milliseconds (the same text the Query compiler builds in SQL).
const NUMERIC = 1700
const INT8 = 20
const TIMESTAMPTZ = 1184
const TIMESTAMP = 1114
const parseTimestamptz = pg.types.getTypeParser(TIMESTAMPTZ)
pg.types.setTypeParser(NUMERIC, (v) => (v === null ? null : Number(v)))
pg.types.setTypeParser(INT8, (v) => (v === null ? null : Number(v)))
pg.types.setTypeParser(TIMESTAMPTZ, (v) => (v === null ? null : (parseTimestamptz(v) as Date).toISOString()))
pg.types.setTypeParser(TIMESTAMP, (v) => (v === null ? null : new Date(v + "Z").toISOString()))

export interface PoolOptions {
  connectionString: string
  max?: number
  applicationName?: string
}

export function createPool(options: PoolOptions): pg.Pool {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.max ?? 10,
    application_name: options.applicationName ?? `salesgraph:${process.pid}`,
    // JIT compiles every big JSON-building statement and costs more than it saves on the
    // short OLTP statements Query produces. random_page_cost 1.1 (SSD / cached data): with
    // Debian's default 4, PostgreSQL counts a channel's 10k products by scanning all 1M
    // products rather than probing 10k ids.
    options: "-c jit=off -c random_page_cost=1.1",
    idleTimeoutMillis: 30_000,
  })
  // An idle client losing its connection (server restart) must not crash the process.
  pool.on("error", () => {})
  return pool
}
