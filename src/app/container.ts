import type pg from "pg"
import type { Executor } from "../db/executor.js"
import { withTransaction } from "../db/transaction.js"
import { writeOutbox, type EventBus, type OutboxDispatcher, type PendingEvent } from "../framework/events/index.js"
import type { StoredLinkDef } from "../framework/link/define-link.js"
import { LinkApi } from "../framework/link/link-api.js"
import type { CountCache } from "../framework/query/count-cache.js"
import { Query } from "../framework/query/query.js"
import type { Schema } from "../framework/query/schema.js"
import { modules, type ModuleName, type Services } from "./modules.js"

/** What every container of one running application shares. */
export interface AppCore {
  pool: pg.Pool
  schema: Schema
  storedLinks: StoredLinkDef[]
  bus: EventBus
  dispatcher: OutboxDispatcher
  /** called synchronously after a transaction that emitted events commits (cache invalidation) */
  onCommitted: Set<(events: PendingEvent[]) => void>
  /** called with the event names other processes (and this one) committed, on NOTIFY */
  onRemoteEvents: Set<(names: string[]) => void>
  /** counts of list reads, kept until the next commit (absent when caches are off) */
  countCache?: CountCache
}

/**
 * The modules, Query and Link, bound to one executor: the pool (reads), or a transaction's
 * client (a workflow's writes). `transaction()` is explicit: there is no ambient transaction.
 */
export class Container {
  readonly modules: Services

  constructor(
    readonly core: AppCore,
    readonly db: Executor,
    private readonly pending?: PendingEvent[],
  ) {
    const bound: Partial<Services> = {}
    const services = {} as Services
    for (const name of Object.keys(modules) as ModuleName[]) {
      Object.defineProperty(services, name, {
        enumerable: true,
        get: () => {
          if (!bound[name]) {
            const mod = modules[name]
            ;(bound as Record<string, unknown>)[name] = new mod.service(db, mod.schema)
          }
          return bound[name]
        },
      })
    }
    this.modules = services
  }

  get inTransaction(): boolean {
    return this.pending !== undefined
  }

  get query(): Query {
    return new Query(this.core.schema, this.db, this.pending ? undefined : this.core.countCache)
  }

  /** Link writes always happen in a transaction (opened here when there is none). */
  get link(): LinkApi {
    if (this.pending) {
      return new LinkApi(this.core.storedLinks, { db: this.db, emit: (name, data) => this.emit(name, data) })
    }
    const inTx = <K extends keyof LinkApi>(method: K) =>
      ((...args: unknown[]) =>
        this.transaction((c) => (c.link[method] as (...a: unknown[]) => Promise<unknown>)(...args))) as LinkApi[K]
    return {
      create: inTx("create"),
      dismiss: inTx("dismiss"),
      delete: inTx("delete"),
      restore: inTx("restore"),
      list: inTx("list"),
    } as LinkApi
  }

  /** Buffers an event; it is written to the outbox with the transaction and sent after commit. */
  emit(name: string, data: Record<string, unknown>) {
    if (!this.pending) throw new Error(`event ${name} emitted outside a transaction`)
    this.pending.push({ name, data })
  }

  async transaction<T>(work: (c: Container) => Promise<T>): Promise<T> {
    if (this.pending) return work(this)
    let events: PendingEvent[] = []
    let undelivered = false
    const result = await withTransaction(this.core.pool, async (tx) => {
      events = [] // a retried attempt starts with no events
      const c = new Container(this.core, tx, events)
      const value = await work(c)
      undelivered = await writeOutbox(tx, events, (name) => this.core.dispatcher.needsDelivery(name))
      return value
    })
    // every commit may have changed what a cache holds: listeners get the events (maybe none)
    for (const listener of this.core.onCommitted) listener(events)
    if (undelivered) this.core.dispatcher.kick()
    return result
  }
}
