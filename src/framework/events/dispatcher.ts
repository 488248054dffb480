import type pg from "pg"
import type { EventBus } from "./bus.js"
import type { BusEvent } from "./event.js"

const BATCH = 100
const MAX_ATTEMPTS = 5

/**
 * Delivers committed events from the outbox to the bus's subscribers, at least once: a row is
 * marked delivered only after its handlers succeeded, in the same transaction that locked it
 * (SKIP LOCKED lets several processes share the work without delivering a row twice at once).
 */
export class OutboxDispatcher {
  private timer?: NodeJS.Timeout
  private running?: Promise<void>
  private again = false
  // until start(): a process that never starts delivery (a CLI command) must not take events
  // from the outbox for subscribers it does not have
  private stopped = true
  private cycles = 0

  constructor(
    private readonly pool: pg.Pool,
    private readonly bus: EventBus,
    private readonly onError: (error: unknown) => void = () => {},
    private readonly pollMs = 1000,
  ) {}

  start() {
    this.stopped = false
    const tick = () => {
      if (this.stopped) return
      this.kick()
      this.timer = setTimeout(tick, this.pollMs)
      this.timer.unref()
    }
    tick()
  }

  /** Whether this process delivers events (a server does; a CLI command does not). */
  get delivering(): boolean {
    return !this.stopped
  }

  /**
   * Whether an event must wait in the outbox for delivery: always, unless this process
   * delivers and none of its subscribers wants the event — then nobody would receive it, and
   * it is stored already delivered (no delivery transaction, no WAL flush for it).
   */
  needsDelivery(name: string): boolean {
    return this.stopped || this.bus.handlersFor(name).length > 0
  }

  /** Asks for a delivery run soon; runs coalesce. */
  kick() {
    if (this.stopped) return
    if (this.running) {
      this.again = true
      return
    }
    this.running = this.runLoop().finally(() => {
      this.running = undefined
      if (this.again) {
        this.again = false
        this.kick()
      }
    })
  }

  /** Delivers everything pending now (used by shutdown and tests). */
  async drain() {
    while (this.running) await this.running
    await this.runLoop()
  }

  async stop() {
    this.stopped = true
    if (this.timer) clearTimeout(this.timer)
    while (this.running) await this.running
  }

  private async runLoop() {
    try {
      while ((await this.deliverBatch()) === BATCH) {
        // a full batch: there may be more
      }
      if (++this.cycles % 600 === 0) {
        await this.pool.query("DELETE FROM event_outbox WHERE delivered_at < now() - interval '1 day'")
      }
    } catch (error) {
      this.onError(error)
    }
  }

  private async deliverBatch(): Promise<number> {
    const client = await this.pool.connect()
    try {
      await client.query("BEGIN")
      const { rows } = await client.query<BusEvent & { seq: string; attempts: number }>(
        `SELECT seq, id, name, data, created_at, attempts FROM event_outbox
          WHERE delivered_at IS NULL AND failed_at IS NULL
          ORDER BY seq LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
      )
      const delivered: string[] = []
      for (const row of rows) {
        const event: BusEvent = { id: row.id, name: row.name, data: row.data, created_at: row.created_at }
        try {
          for (const handler of this.bus.handlersFor(event.name)) await handler(event)
          delivered.push(row.id)
        } catch (error) {
          const failed = row.attempts + 1 >= MAX_ATTEMPTS
          await client.query(
            `UPDATE event_outbox SET attempts = attempts + 1, last_error = $2,
               failed_at = CASE WHEN $3 THEN now() END WHERE id = $1`,
            [row.id, String((error as Error)?.message ?? error).slice(0, 1000), failed],
          )
          this.onError(error)
        }
      }
      if (delivered.length) {
        // the mark need not wait for the WAL flush: lost in a crash, the events are delivered
        // again, which at-least-once delivery allows (subscribers de-duplicate by event id)
        await client.query("SET LOCAL synchronous_commit = off")
        await client.query("UPDATE event_outbox SET delivered_at = now() WHERE id = ANY($1::text[])", [delivered])
      }
      await client.query("COMMIT")
      return rows.length
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {})
      throw error
    } finally {
      client.release()
    }
  }
}
