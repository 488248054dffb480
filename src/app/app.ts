import { startEmbeddedCluster, type EmbeddedCluster } from "../db/embedded/cluster.js"
import { migrate, type MigrationResult } from "../db/migrate.js"
import { PgExecutor } from "../db/executor.js"
import { isConnectionError } from "../db/connection-errors.js"
import { DatabaseUnavailable } from "../db/availability.js"
import { createPool } from "../db/pool.js"
import { StatisticsKeeper } from "../db/statistics.js"
import { EventBus, OutboxDispatcher, type PendingEvent } from "../framework/events/index.js"
import type { StoredLinkDef } from "../framework/link/define-link.js"
import { CountCache } from "../framework/query/count-cache.js"
import { links } from "../links/index.js"
import type { Config } from "./config.js"
import { Container, type AppCore } from "./container.js"
import { EventListener } from "./event-listener.js"
import { migrationSources } from "./migrations.js"
import { Secrets } from "./secrets.js"
import { buildSchema } from "./schema.js"

export interface Logger {
  info(msg: string): void
  warn(msg: string): void
  error(obj: unknown, msg?: string): void
}

export interface App {
  config: Config
  core: AppCore
  container: Container
  connectionString: string
  /** events committed by other processes (or this one) arrive here, by name */
  onRemoteEvents: Set<(names: string[]) => void>
  /** the JWT and cookie signing secrets (configured, or kept in the database) */
  secrets: Secrets
  migrations: MigrationResult
  close(): Promise<void>
}

export interface OpenOptions {
  /** apply pending migrations first (npm start on the embedded database does) */
  migrate?: boolean
  /** deliver outbox events and listen for other processes' events */
  background?: boolean
  log?: Logger
  /**
   * The embedded PostgreSQL died and could not be started again (with `background`, the embedded
   * server is supervised): the process should exit non-zero so that a process manager acts.
   */
  onFatal?: (error: Error) => void
}

const silent: Logger = { info() {}, warn() {}, error() {} }

/** Resolves the database (embedded when no DATABASE_URL), migrates, and wires the core. */
export async function openApp(config: Config, options: OpenOptions = {}): Promise<App> {
  const log = options.log ?? silent
  let embedded: EmbeddedCluster | undefined
  let connectionString = config.databaseUrl
  if (!connectionString) {
    embedded = await startEmbeddedCluster({ dataDir: config.dataDir, log: (m) => log.info(m) })
    connectionString = embedded.connectionString
  }
  const pool = createPool({
    connectionString,
    max: config.poolSize,
    events: {
      onDown: (e) =>
        log.error(`the database is unreachable (${(e as Error).message ?? e}): answering 503 until it is back`),
      onUp: (ms) => log.info(`the database is reachable again (after ${ms} ms)`),
    },
  })
  // background work meets the outage too; the pool logs it once, not every retry
  const quiet = (fn: (e: unknown) => void) => (e: unknown) => {
    if (!(e instanceof DatabaseUnavailable) && !isConnectionError(e)) fn(e)
  }
  try {
    const migrations = options.migrate ? await migrate(pool, migrationSources()) : { applied: [] }
    const bus = new EventBus()
    const dispatcher = new OutboxDispatcher(
      pool,
      bus,
      quiet((e) => log.error(e, "event delivery failed")),
    )
    const onRemoteEvents = new Set<(names: string[]) => void>()
    const core: AppCore = {
      pool,
      schema: buildSchema(),
      storedLinks: links.filter((l): l is StoredLinkDef => l.kind === "stored"),
      bus,
      dispatcher,
      onCommitted: new Set<(events: PendingEvent[]) => void>(),
      onRemoteEvents,
      // off together with the response cache, so the uncached path is measured as such
      countCache: config.httpCache === "on" ? new CountCache() : undefined,
    }
    if (core.countCache) {
      const counts = core.countCache
      core.onCommitted.add(() => counts.clear())
      onRemoteEvents.add(() => counts.clear())
    }
    let listener: EventListener | undefined
    const statistics = new StatisticsKeeper(
      pool,
      quiet((e) => log.error(e, "refreshing planner statistics failed")),
    )
    if (options.background !== false) {
      core.onCommitted.add(() => statistics.touch())
      statistics.touch()
      dispatcher.start()
      listener = new EventListener({
        connectionString,
        onError: (e) => log.warn(`listening for other processes' events: ${(e as Error).message ?? e}; reconnecting`),
        onNames: (names) => {
          // events for subscribers of this process (a cut list may hide some); the rest wait
          // for the poll, which marks them delivered
          if (names.some((n) => dispatcher.needsDelivery(n)) || names.join(",").length >= 6900) dispatcher.kick()
          for (const fn of onRemoteEvents) fn(names)
        },
      })
      await listener.start()
      embedded?.supervise({
        info: (m) => log.info(m),
        error: (m) => log.error(m),
        giveUp: options.onFatal ?? ((e) => log.error(e, "the embedded database is gone")),
      })
    }
    const container = new Container(core, new PgExecutor(pool, false))
    const secrets = new Secrets(container, config)
    secrets.listen(core)
    return {
      config,
      core,
      container,
      connectionString,
      onRemoteEvents,
      secrets,
      migrations,
      async close() {
        await statistics.stop()
        await dispatcher.stop()
        await listener?.stop()
        await pool.end()
        await embedded?.stop()
      },
    }
  } catch (error) {
    await pool.end().catch(() => {})
    await embedded?.stop()
    throw error
  }
}
