import assert from "node:assert/strict"
import { randomBytes } from "node:crypto"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { after, describe, test } from "node:test"
import pg from "pg"
import { checkEvents, checkLinks, checkOrders, checkProducts } from "./test-support/crash-checks.js"
import { cartLane, linkLane, productLane, setUpWorld, type World } from "./test-support/crash-world.js"
import {
  childDatabase,
  ConnectionLost,
  runCli,
  SalesgraphProcess,
  seededRandom,
  send,
  type ChildDatabase,
} from "./test-support/salesgraph-process.js"

/**
 * Crash safety: a real `salesgraph start` child on this run's database (the server, or the
 * embedded PostgreSQL in a temporary data directory) takes bulk link changes, product
 * creations with channels and cart completions while it is SIGKILLed at chosen points —
 * after a number of requests (from outside), just before its n-th SQL statement, or just after
 * the n-th COMMIT of a write (from inside: SALESGRAPH_TEST_KILL_AT) — then restarted. After
 * each restart the database must hold every acknowledged write and no half-applied workflow;
 * at the end a subscriber that de-duplicates by event id has seen every committed event once.
 *
 * Budgets are counts (requests per lifetime, statements, commits), never timers. The seed
 * replays a run: SALESGRAPH_CRASH_SEED=<n>.
 */

const SEED = Number(process.env.SALESGRAPH_CRASH_SEED ?? randomBytes(4).readUInt32LE())
const rng = seededRandom(SEED)

type Kill = { kind: "requests"; after: number } | { kind: "statement" | "commit"; at: number }
const LIFETIMES: Kill[] = [
  { kind: "requests", after: rng.int(20, 80) },
  { kind: "statement", at: rng.int(100, 1500) },
  { kind: "commit", at: rng.int(5, 60) },
  { kind: "requests", after: rng.int(5, 80) },
  { kind: "statement", at: rng.int(20, 1500) },
  { kind: "commit", at: rng.int(1, 60) },
  { kind: "statement", at: rng.int(20, 1500) },
  { kind: "commit", at: rng.int(1, 60) },
]
/** a lifetime whose planned kill has not come by then is killed from outside */
const MAX_REQUESTS_PER_LIFETIME = 200

// the embedded server's data directory (chowned to `postgres` when we are root); the
// subscriber's file lives beside it
const dataDir = mkdtempSync(join(tmpdir(), "sg-crash-"))
const sinkFile = `${dataDir}-events.jsonl`
let database: ChildDatabase | undefined
let child: SalesgraphProcess | undefined
let db: pg.Pool | undefined

after(async () => {
  await child?.kill()
  await db?.end().catch(() => {})
  await database?.dispose()
  rmSync(dataDir, { recursive: true, force: true })
  rmSync(sinkFile, { force: true })
})

describe(`crash safety under SIGKILL (seed ${SEED})`, () => {
  test("acknowledged writes survive, workflows are whole, every committed event is delivered once", async () => {
    database = await childDatabase(dataDir)
    const env = {
      ...database.env,
      JWT_SECRET: randomBytes(16).toString("hex"),
      SALESGRAPH_TEST_EVENT_SINK: sinkFile,
      SALESGRAPH_POOL_SIZE: "6",
    }
    child = new SalesgraphProcess(env)

    // an admin made with the CLI before the first start (its user.created event waits in the
    // outbox for a server: a command's process delivers nothing), then migrations and defaults
    await runCli(["user", "-e", "crash@salesgraph.test", "-p", "crash-password"], env)
    let started = await child.start()
    const login = await send(started.url, "POST", "/auth/user/emailpass", {
      body: { email: "crash@salesgraph.test", password: "crash-password" },
    })
    assert.equal(login.status, 200, JSON.stringify(login.body))
    const token = login.body.token as string
    const setupCall = (method: string, path: string, options = {}) => send(started.url, method, path, options)
    const world: World = await setUpWorld(setupCall, token, started.publishableKey, 3, 6)
    db = new pg.Pool({
      connectionString: await database.connectionString(),
      max: 2,
      application_name: "crash-test-driver",
    })
    db.on("error", () => {})

    let kills = 0
    const log: string[] = []
    for (const [i, kill] of LIFETIMES.entries()) {
      if (i > 0) {
        started = await child.start(
          kill.kind === "requests" ? {} : { SALESGRAPH_TEST_KILL_AT: `${kill.kind}:${kill.at}` },
        )
        await verify(world, `after restart ${i}`)
      }
      const issued = await runLifetime(world, started.url, kill)
      kills++
      log.push(`${kill.kind}${"at" in kill ? ":" + kill.at : ":" + kill.after}→${issued}`)
    }

    // the last start: no kill; what was committed before the crashes is delivered now
    started = await child.start()
    await verify(world, "after the last restart")
    let pending = 1
    for (let poll = 0; pending > 0 && poll < 600; poll++) {
      pending = Number((await db.query("SELECT count(*) FROM event_outbox WHERE delivered_at IS NULL")).rows[0].count)
      if (pending > 0) await new Promise((r) => setTimeout(r, 50))
    }
    assert.equal(pending, 0, "events still undelivered after the restarts")
    const totals = await checkEvents(db, sinkFile, true)
    assert.equal(totals.delivered, totals.committed)
    // only deliveries in flight at a kill come again (a batch is at most 100 events)
    assert.ok(totals.duplicates <= kills * 100, `${totals.duplicates} redeliveries for ${kills} kills`)
    const orders = await checkOrders(db, world)
    const products = await checkProducts(db, world)
    assert.ok(
      world.ackedProducts.size > 0 && world.ackedOrders.size > 0,
      "the workload acknowledged nothing: no crash was tested",
    )
    const stop = await child.stop()
    assert.equal(stop.code, 0, `SIGTERM exit: ${JSON.stringify(stop)} ${child.stderr}`)
    console.log(
      `# seed ${SEED}, ${database.mode}: ${kills} kills, ${products} products, ${orders} orders, ` +
        `${totals.committed} events delivered once (${totals.duplicates} redeliveries skipped); kills (plan→requests): ${log.join(" ")}`,
    )
  })
})

async function verify(world: World, when: string) {
  try {
    await checkProducts(db!, world)
    await checkLinks(db!, world)
    await checkOrders(db!, world)
    await checkEvents(db!, sinkFile)
  } catch (error) {
    ;(error as Error).message = `${when} (seed ${SEED}): ${(error as Error).message}`
    throw error
  }
}

/** Runs the lanes against the child until it dies (killed from outside or by itself). */
async function runLifetime(world: World, url: string, kill: Kill) {
  let alive = true
  let issued = 0
  void child!.exited().then(() => (alive = false))
  const call = async (method: string, path: string, options: { body?: unknown; token?: string; key?: string } = {}) => {
    if (!alive) throw new ConnectionLost("the process is gone")
    issued++
    const reply = send(url, method, path, options)
    if ((kill.kind === "requests" && issued === kill.after) || issued >= MAX_REQUESTS_PER_LIFETIME) {
      alive = false
      void child!.kill() // with this request, and the other lanes' ones, in flight
    }
    try {
      return await reply
    } catch (error) {
      alive = false
      throw error
    }
  }
  const lane = async (work: () => Promise<void>) => {
    try {
      await work()
    } catch (error) {
      if (!(error instanceof ConnectionLost)) throw error
    }
  }
  const isAlive = () => alive
  await Promise.all([
    ...world.lanes.map((l) => lane(() => linkLane(world, l, call, rng, isAlive))),
    lane(() => productLane(world, call, isAlive)),
    lane(() => cartLane(world, call, rng, isAlive)),
  ])
  await child!.kill()
  return issued
}
