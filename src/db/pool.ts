import pg from "pg"
import { Availability, type AvailabilityEvents } from "./availability.js"

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
  /** told when the database stops or starts answering (the server logs it) */
  events?: AvailabilityEvents
}

/** Longest wait for a new connection: past it the database counts as unreachable. Generous: a
 * refused or reset connection fails at once anyway, and a loaded machine can take seconds to connect. */
const CONNECT_TIMEOUT_MS = 10_000

/**
 * The pool every part of salesgraph uses. Its connections cannot crash the process when the
 * database goes away (each has an `error` listener), a broken one is dropped, never handed out
 * again (pg-pool's own rule: an errored client leaves the pool), and while the database is
 * known to be unreachable a connection is refused at once with DatabaseUnavailable instead of
 * queueing requests behind connects that cannot succeed (see Availability).
 */
export class SalesgraphPool extends pg.Pool {
  readonly availability: Availability

  constructor(options: PoolOptions) {
    const config: pg.PoolConfig = {
      connectionString: options.connectionString,
      max: options.max ?? 10,
      application_name: options.applicationName ?? `salesgraph:${process.pid}`,
      // JIT compiles every big JSON-building statement and costs more than it saves on the
      // short OLTP statements Query produces. random_page_cost 1.1 (SSD / cached data): with
      // Debian's default 4, PostgreSQL counts a channel's 10k products by scanning all 1M
      // products rather than probing 10k ids.
      options: "-c jit=off -c random_page_cost=1.1",
      // each connection keeps its prepared statements and their plans (db/plan-mode.ts): a shop
      // whose shoppers pause between pages keeps its warm connections rather than re-planning
      // the cart's statements on new ones every 30 s
      idleTimeoutMillis: 10 * 60_000,
      // on the client, not the pool: the pool's own setting would also bound the wait for a
      // free connection under load, which is no sign of an unreachable database
      Client: TimedClient,
    }
    super(config)
    const probe: pg.ClientConfig = {
      connectionString: config.connectionString,
      application_name: config.application_name,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    }
    this.availability = new Availability(probe, options.events)
    this.on("connect", (client) => {
      client.on("error", (error) => this.availability.failed(error))
      this.availability.reached()
    })
    // an idle client losing its connection (server restart) must not crash the process
    this.on("error", (error) => this.availability.failed(error))
  }

  override connect(): Promise<pg.PoolClient>
  override connect(
    callback: (err: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void,
  ): void
  override connect(
    callback?: (err: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void,
  ): Promise<pg.PoolClient> | void {
    try {
      this.availability.admit()
    } catch (error) {
      if (!callback) return Promise.reject(error)
      process.nextTick(() => callback(error as Error, undefined, () => {}))
      return
    }
    if (callback) {
      return super.connect((err, client, done) => {
        if (err) this.availability.failed(err)
        callback(err, client, done)
      })
    }
    return super.connect().catch((error) => {
      this.availability.failed(error)
      throw error
    })
  }

  override async end(): Promise<void> {
    this.availability.close()
    return super.end()
  }
}

class TimedClient extends pg.Client {
  constructor(config: pg.ClientConfig = {}) {
    super({ ...config, connectionTimeoutMillis: CONNECT_TIMEOUT_MS })
  }
}

export function createPool(options: PoolOptions): SalesgraphPool {
  return new SalesgraphPool(options)
}
