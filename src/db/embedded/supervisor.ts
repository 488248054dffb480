import { readFileSync } from "node:fs"
import { isAlive } from "./lock.js"

export interface SupervisorEvents {
  info(message: string): void
  error(message: string): void
  /** the server could not be started again: the process should exit non-zero */
  giveUp(error: Error): void
}

const WATCH_EVERY_MS = 250
export const RESTART_TRIES = 3

/** A live process, not a zombie waiting to be reaped. */
export function isRunning(pid: number): boolean {
  if (!isAlive(pid)) return false
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8")
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z"
  } catch {
    return true // no /proc: trust the signal check
  }
}

/**
 * Watches the embedded postmaster by its pid (it may be a server this process adopted, not its
 * child) and, when it is gone — killed, crashed, out of memory — starts it again on the same data
 * directory and port; PostgreSQL's crash recovery replays what was committed. Requests meanwhile
 * answer 503 (the pool's circuit). After RESTART_TRIES failed starts it gives up with the reason.
 */
export class Supervisor {
  private timer: NodeJS.Timeout | undefined
  private restarting: Promise<void> | undefined
  private stopped = false

  constructor(
    private pid: number,
    private readonly restart: () => Promise<number>,
    private readonly events: SupervisorEvents,
  ) {}

  start() {
    this.timer = setInterval(() => this.check(), WATCH_EVERY_MS)
    this.timer.unref()
  }

  private check() {
    if (this.stopped || this.restarting || isRunning(this.pid)) return
    this.restarting = this.revive().finally(() => (this.restarting = undefined))
  }

  private async revive() {
    const since = Date.now()
    this.events.error(`embedded PostgreSQL (pid ${this.pid}) is gone; starting it again on the same data directory`)
    let reason = ""
    for (let attempt = 1; attempt <= RESTART_TRIES && !this.stopped; attempt++) {
      try {
        this.pid = await this.restart()
        this.events.info(
          `embedded PostgreSQL is back (pid ${this.pid}, ${Date.now() - since} ms after it was found gone)`,
        )
        return
      } catch (error) {
        reason = (error as Error).message ?? String(error)
        this.events.error(`starting embedded PostgreSQL again failed (try ${attempt} of ${RESTART_TRIES}): ${reason}`)
        if (attempt < RESTART_TRIES) await new Promise((r) => setTimeout(r, attempt * 1000))
      }
    }
    if (!this.stopped)
      this.events.giveUp(
        new Error(`embedded PostgreSQL could not be started again after ${RESTART_TRIES} tries: ${reason}`),
      )
  }

  /** Stops watching (before a deliberate stop of the server); waits for a restart under way. */
  async stop() {
    this.stopped = true
    if (this.timer) clearInterval(this.timer)
    await this.restarting
  }
}
