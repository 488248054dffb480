import type pg from "pg"
import { newClient } from "./client.js"
import { isConnectionError } from "./connection-errors.js"

/** A request refused at once because the database is known to be unreachable (HTTP 503). */
export class DatabaseUnavailable extends Error {
  readonly code = "DATABASE_UNAVAILABLE"
  constructor(cause?: unknown) {
    super("The database is unavailable. Retry the request shortly.", { cause })
  }
}

export interface AvailabilityEvents {
  onDown?(error: unknown): void
  onUp?(downMs: number): void
}

/** How often, at most, an unreachable database is tried again. */
export const PROBE_EVERY_MS = 250

/**
 * Whether the database is reachable, as the pool last saw it. A connection error opens the
 * circuit: from then on work that needs a connection fails at once (503) instead of queueing
 * behind connects that cannot succeed, while a probe — a fresh connection, the first one at
 * once, then every PROBE_EVERY_MS — waits for the database to accept connections again.
 */
export class Availability {
  private downSince: number | undefined
  private probing: NodeJS.Timeout | undefined
  private closed = false

  constructor(
    private readonly probeConfig: pg.ClientConfig,
    private readonly events: AvailabilityEvents = {},
  ) {}

  get up(): boolean {
    return this.downSince === undefined
  }

  /** Throws DatabaseUnavailable while the circuit is open. */
  admit(): void {
    if (this.downSince !== undefined) throw new DatabaseUnavailable()
  }

  /** Something failed: if the database is what failed, open the circuit. */
  failed(error: unknown): void {
    if (this.closed || this.downSince !== undefined || !isConnectionError(error)) return
    this.downSince = Date.now()
    this.events.onDown?.(error)
    this.schedule(0)
  }

  /** A connection was made: the database is there. */
  reached(): void {
    if (this.downSince === undefined) return
    const downMs = Date.now() - this.downSince
    this.downSince = undefined
    if (this.probing) clearTimeout(this.probing)
    this.probing = undefined
    this.events.onUp?.(downMs)
  }

  close(): void {
    this.closed = true
    if (this.probing) clearTimeout(this.probing)
    this.probing = undefined
  }

  private schedule(ms: number) {
    if (this.closed || this.probing) return
    this.probing = setTimeout(() => void this.probe(), ms)
    this.probing.unref()
  }

  private async probe() {
    const client = newClient(this.probeConfig)
    try {
      await client.connect()
      this.probing = undefined
      this.reached()
    } catch {
      this.probing = undefined
      if (this.downSince !== undefined) this.schedule(PROBE_EVERY_MS)
    } finally {
      await client.end().catch(() => {})
    }
  }
}
