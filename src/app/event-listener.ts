import pg from "pg"
import { EVENTS_CHANNEL } from "../framework/events/index.js"

export interface EventListenerOptions {
  connectionString: string
  /** event names committed by any process on this database; `[]` means "unknown: assume anything changed" */
  onNames: (names: string[]) => void
  onError?: (error: unknown) => void
  /** longest wait between reconnection attempts (ms) */
  maxRetryMs?: number
}

/**
 * A dedicated connection LISTENing for committed events of every process on this database.
 *
 * NOTIFY is only heard while the connection lives. When it drops (server restart, idle
 * timeout, an administrator's pg_terminate_backend) notifications are lost, so the listener
 * reports `[]` ("anything may have changed") at once, on every reconnection attempt and once
 * more when LISTEN is back: caches fed by it never serve a read older than one retry interval.
 */
export class EventListener {
  private client: pg.Client | undefined
  private stopped = false
  private retryTimer: NodeJS.Timeout | undefined
  private retryMs = 50
  /** reconnections so far (for tests and the log) */
  reconnects = 0

  constructor(private readonly options: EventListenerOptions) {}

  /** A subscriber that throws must not end the listener, nor the process (it runs in timers and events). */
  private report(names: string[]) {
    try {
      this.options.onNames(names)
    } catch (error) {
      this.options.onError?.(error)
    }
  }

  /** Connects and LISTENs; rejects if the first connection fails (the database is unreachable). */
  async start(): Promise<void> {
    this.client = await this.connect()
  }

  private async connect(): Promise<pg.Client> {
    // bounded: a connect that hangs (a cut network) must not stop the retries
    const client = new pg.Client({
      connectionString: this.options.connectionString,
      application_name: `salesgraph:${process.pid}`,
      connectionTimeoutMillis: 10_000,
    })
    let lost = false
    const onLost = (error?: unknown) => {
      if (lost) return
      lost = true
      if (this.client === client) this.client = undefined
      if (this.stopped) return
      if (error) this.options.onError?.(error)
      this.report([])
      this.scheduleReconnect()
    }
    client.on("error", onLost)
    client.on("end", () => onLost())
    client.on("notification", (n) => this.report((n.payload ?? "").split(",").filter(Boolean)))
    try {
      await client.connect()
      await client.query(`LISTEN ${EVENTS_CHANNEL}`)
    } catch (error) {
      lost = true // no reconnect from here: the caller decides
      await client.end().catch(() => {})
      throw error
    }
    return client
  }

  private scheduleReconnect() {
    if (this.stopped || this.retryTimer) return
    this.retryTimer = setTimeout(async () => {
      this.retryTimer = undefined
      if (this.stopped) return
      this.report([]) // writes made while deaf are unknown
      try {
        const client = await this.connect()
        if (this.stopped) {
          await client.end().catch(() => {})
          return
        }
        this.client = client
        this.reconnects++
        this.retryMs = 50
        this.report([]) // and those made between the last attempt and LISTEN
      } catch (error) {
        // a refused or reset connection, or an error raised while connecting: try again later
        this.options.onError?.(error)
        this.retryMs = Math.min(this.retryMs * 2, this.options.maxRetryMs ?? 1000)
        this.scheduleReconnect()
      }
    }, this.retryMs)
    this.retryTimer.unref()
  }

  /** true while LISTEN is active */
  get listening(): boolean {
    return this.client !== undefined
  }

  async stop(): Promise<void> {
    this.stopped = true
    if (this.retryTimer) clearTimeout(this.retryTimer)
    this.retryTimer = undefined
    const client = this.client
    this.client = undefined
    await client?.end().catch(() => {})
  }
}
