import { appendFileSync, existsSync, readFileSync } from "node:fs"
import net from "node:net"
import pg from "pg"
import { EventBus } from "../../framework/events/bus.js"
import type { BusEvent } from "../../framework/events/event.js"

/**
 * Test-only hooks for the crash suite (src/reliability/crash.test.ts), preloaded into its
 * `salesgraph start` children with `node --import` (salesgraph-process.ts); the production entry
 * point knows nothing of them. Importing this file installs them, from the environment:
 *
 * - SALESGRAPH_TEST_EVENT_SINK=<file>: a subscriber to every event that de-duplicates by event
 *   id (the ids it has seen survive restarts: they are read back from the file) and appends one
 *   line per delivery: `{"id","name","data"}` the first time, `{"dup": id}` for a redelivery.
 *   Appended synchronously, so a line written is a delivery the outbox may count as done.
 * - SALESGRAPH_TEST_KILL_AT=`statement:<n>` | `commit:<n>`: once armed (after `listen`), the
 *   process SIGKILLs itself just before its n-th SQL statement is sent, or just after the n-th
 *   COMMIT of a transaction that wrote succeeded (committed, nobody told yet). Counting statements instead of waiting on a
 *   timer puts the kill at a chosen point of the work whatever the machine's speed. Armed when the
 *   process's server starts listening, so starting (migrations, defaults) is not counted.
 */

if (process.env.SALESGRAPH_TEST_EVENT_SINK) {
  const hooks = installCrashHooks(process.env)
  const listen = net.Server.prototype.listen
  net.Server.prototype.listen = function (this: net.Server, ...args: unknown[]) {
    this.once("listening", () => hooks.arm())
    return (listen as (...a: unknown[]) => net.Server).apply(this, args)
  } as typeof net.Server.prototype.listen
}

function installCrashHooks(env: NodeJS.ProcessEnv): { arm(): void } {
  const file = env.SALESGRAPH_TEST_EVENT_SINK!
  installEventSink(file)
  const [kind, at] = (env.SALESGRAPH_TEST_KILL_AT ?? "").split(":")
  const n = Number(at)
  return {
    arm() {
      if ((kind === "statement" || kind === "commit") && n > 0) killAt(kind, n)
    },
  }
}

function installEventSink(file: string) {
  const seen = new Set<string>()
  if (existsSync(file)) {
    for (const line of readFileSync(file, "utf8").split("\n")) {
      if (!line) continue
      const entry = JSON.parse(line) as { id?: string }
      if (entry.id) seen.add(entry.id)
    }
  }
  const sink = (event: BusEvent) => {
    if (seen.has(event.id)) {
      appendFileSync(file, JSON.stringify({ dup: event.id }) + "\n")
      return
    }
    appendFileSync(file, JSON.stringify({ id: event.id, name: event.name, data: event.data }) + "\n")
    seen.add(event.id)
  }
  // Every bus of this process delivers to the sink, from its very first delivery: the
  // dispatcher starts inside openApp, before anything could subscribe to the bus it creates.
  const handlersFor = EventBus.prototype.handlersFor
  EventBus.prototype.handlersFor = function (name: string) {
    return [sink, ...handlersFor.call(this, name)]
  }
}

// A statement that changes rows (a read's `FOR UPDATE` lock is not one).
const WRITE = /\bINSERT\s+INTO\b|\bDELETE\s+FROM\b|\bUPDATE\s+"?\w+"?(\s+\w+)?\s+SET\b/i

function killAt(kind: "statement" | "commit", n: number) {
  let count = 0
  // per connection: whether its open transaction wrote (only those commits count)
  const wrote = new WeakMap<pg.Client, boolean>()
  const query = pg.Client.prototype.query as (...args: unknown[]) => unknown
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const first = args[0]
    const text = typeof first === "string" ? first : ((first as { text?: string } | undefined)?.text ?? "")
    if (kind === "statement" && ++count === n) process.kill(process.pid, "SIGKILL")
    if (/^\s*BEGIN\b/i.test(text)) wrote.set(this, false)
    else if (WRITE.test(text)) wrote.set(this, true)
    const result = query.apply(this, args)
    if (kind === "commit" && /^\s*COMMIT\s*$/i.test(text) && wrote.get(this) && result instanceof Promise) {
      return result.then((value) => {
        if (++count === n) process.kill(process.pid, "SIGKILL")
        return value
      })
    }
    return result
  } as typeof pg.Client.prototype.query
}
