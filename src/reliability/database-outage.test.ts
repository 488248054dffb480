import assert from "node:assert/strict"
import { randomBytes } from "node:crypto"
import { chmodSync, mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { after, describe, test } from "node:test"
import { createPool, type SalesgraphPool } from "../db/pool.js"
import { TcpProxy } from "../test-support/tcp-proxy.js"
import { until } from "../test-support/until.js"
import {
  childDatabase,
  runCli,
  SalesgraphProcess,
  send,
  type ChildDatabase,
  type Reply,
} from "./test-support/salesgraph-process.js"

/**
 * The server survives its database: a real `salesgraph start` child serves two readers and two
 * writers while its PostgreSQL crashes and comes back.
 * - embedded: the postmaster is killed with SIGKILL; the server's supervisor must start it again
 *   on the same data directory (PostgreSQL's crash recovery replays the commits).
 * - server: the shared PostgreSQL may not be crashed, so the child reaches this run's database
 *   through a TCP proxy that the test cuts (every connection reset, new ones reset too) and
 *   restores: to salesgraph that is a crash and a restart; the server's own recovery is not tested.
 * Then: the process is still up, every answer was 2xx or 503 (503s in Medusa's error shape, with
 * Retry-After), every acknowledged create is in the database, and requests succeed again.
 *
 * Bounds are counts and generous waits, never timings: the outage lasts until 30 requests were
 * refused (server) or until the supervisor is done (embedded); recovery is polled for up to 60 s.
 */

const dataDir = mkdtempSync(join(tmpdir(), "sg-outage-"))
let database: ChildDatabase | undefined
let child: SalesgraphProcess | undefined
let proxy: TcpProxy | undefined
let db: SalesgraphPool | undefined

after(async () => {
  await child?.kill()
  await db?.end().catch(() => {})
  await proxy?.close()
  await database?.dispose()
  rmSync(dataDir, { recursive: true, force: true })
})

/** requests per lane at most: the loops stop by themselves */
const MAX_PER_LANE = 4000
/** what a polite client waits after a 503 here (shorter than Retry-After, to see the recovery) */
const BACKOFF_MS = 20

interface Tally {
  byStatus: Map<number, number>
  unexpected: string[]
  acked: string[]
  okReads: number
}

function record(t: Tally, what: string, r: Reply) {
  t.byStatus.set(r.status, (t.byStatus.get(r.status) ?? 0) + 1)
  const fine = (r.status >= 200 && r.status < 300) || r.status === 503
  if (!fine) t.unexpected.push(`${what} → ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`)
  if (
    r.status === 503 &&
    (r.body?.type !== "unavailable" || typeof r.body?.message !== "string" || !r.headers?.get("retry-after"))
  ) {
    t.unexpected.push(`${what} → 503 without the unavailable shape or Retry-After: ${JSON.stringify(r.body)}`)
  }
}

describe("the server survives its database", () => {
  test("a crash under concurrent reads and writes: the process stays up, 503 meanwhile, no acknowledged write lost, then success again", async () => {
    database = await childDatabase(dataDir)
    const env: Record<string, string | undefined> = {
      ...database.env,
      JWT_SECRET: randomBytes(16).toString("hex"),
      SALESGRAPH_POOL_SIZE: "6",
    }
    if (database.mode === "server") {
      const direct = new URL(await database.connectionString())
      proxy = await TcpProxy.start({ host: direct.hostname, port: Number(direct.port || 5432) })
      env.DATABASE_URL = TcpProxy.via(proxy, direct.toString())
    }
    await runCli(["user", "-e", "outage@salesgraph.test", "-p", "outage-password"], env)
    child = new SalesgraphProcess(env)
    const started = await child.start()
    const login = await send(started.url, "POST", "/auth/user/emailpass", {
      body: { email: "outage@salesgraph.test", password: "outage-password" },
    })
    assert.equal(login.status, 200, JSON.stringify(login.body))
    const token = login.body.token as string
    db = createPool({
      connectionString: await database.connectionString(),
      max: 2,
      applicationName: "outage-test-driver",
    })

    const t: Tally = { byStatus: new Map(), unexpected: [], acked: [], okReads: 0 }
    let stop = false
    let written = 0
    const lane = async (work: (i: number) => Promise<void>) => {
      for (let i = 0; !stop && i < MAX_PER_LANE; i++) await work(i)
    }
    const reader = (path: string, auth: { token?: string; key?: string }) =>
      lane(async () => {
        const r = await send(started.url, "GET", path, auth)
        record(t, `GET ${path}`, r)
        if (r.status === 200) t.okReads++
        if (r.status === 503) await new Promise((res) => setTimeout(res, BACKOFF_MS))
      })
    const writer = (name: string) =>
      lane(async (i) => {
        const body = { title: `outage ${name} ${i}`, options: [{ title: "Size", values: ["S"] }] }
        const r = await send(started.url, "POST", "/admin/products?fields=id", { token, body })
        record(t, "POST /admin/products", r)
        written++
        if (r.status === 200) t.acked.push(r.body.product.id)
        if (r.status === 503) await new Promise((res) => setTimeout(res, BACKOFF_MS))
      })
    const load = Promise.all([
      reader("/store/products?limit=5&fields=id,title", { key: started.publishableKey }),
      reader("/admin/products?limit=5&fields=id", { token }),
      writer("a"),
      writer("b"),
    ])
    const refused = () => t.byStatus.get(503) ?? 0
    try {
      await until(() => t.acked.length >= 20, "writes acknowledged before the crash", 120_000)

      const pidFile = join(dataDir, "pg", "postmaster.pid")
      const postmaster = database.mode === "embedded" ? Number(readFileSync(pidFile, "utf8").split("\n")[0]) : 0
      if (proxy) proxy.cut()
      else process.kill(postmaster, "SIGKILL")
      await until(() => refused() >= 1, "a request answered 503 during the outage", 60_000)

      if (proxy) {
        await until(() => refused() >= 30, "30 requests answered 503", 60_000)
        const health = await send(started.url, "GET", "/health")
        const ready = await send(started.url, "GET", "/ready")
        assert.equal(health.status, 200, "the process is alive")
        assert.equal(ready.status, 503, "but not ready")
        proxy.restore()
      }
      // success again: a write and a read acknowledged after the outage was seen
      const ackedThen = t.acked.length
      const readsThen = t.okReads
      await until(
        () => t.acked.length > ackedThen + 10 && t.okReads > readsThen + 10,
        "requests to succeed again",
        60_000,
      )
      if (database.mode === "embedded") {
        const now = Number(readFileSync(pidFile, "utf8").split("\n")[0])
        assert.notEqual(now, postmaster, "the supervisor started a new postmaster on the same data directory")
      }
    } finally {
      stop = true
      await load
    }

    assert.ok(child.running, `the process died:\n${child.stderr}`)
    assert.deepEqual(t.unexpected, [], "only 2xx or 503 may answer")
    assert.equal((await send(started.url, "GET", "/ready")).status, 200)
    const found = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM product WHERE id = ANY($1::text[])", [
      t.acked,
    ])
    assert.equal(found.rows[0].n, t.acked.length, "an acknowledged create was lost")
    const stopped = await child.stop()
    assert.equal(stopped.code, 0, `SIGTERM exit: ${JSON.stringify(stopped)} ${child.stderr}`)
    console.log(
      `# ${database.mode}: ${written} writes (${t.acked.length} acknowledged, all found), ${t.okReads} reads answered 200, ` +
        `${refused()} requests answered 503; statuses ${JSON.stringify(Object.fromEntries(t.byStatus))}`,
    )
  })

  test(
    "embedded: a postmaster that cannot be started again ends the process with exit code 1 and the reason",
    { skip: process.env.SALESGRAPH_TEST_DB_MODE === "server" && "the server is not supervised" },
    async () => {
      database ??= await childDatabase(dataDir)
      const env = { ...database.env, JWT_SECRET: randomBytes(16).toString("hex") }
      child = new SalesgraphProcess(env)
      await child.start()
      const pgdata = join(dataDir, "pg")
      const postmaster = Number(readFileSync(join(pgdata, "postmaster.pid"), "utf8").split("\n")[0])
      // its data directory becomes unusable (PostgreSQL refuses a directory it cannot own), then it dies
      chmodSync(pgdata, 0o000)
      try {
        process.kill(postmaster, "SIGKILL")
        const exit = await child.exited()
        assert.equal(exit?.code, 1, `exit ${JSON.stringify(exit)}`)
      } finally {
        chmodSync(pgdata, 0o700)
      }
      assert.match(child.stdout, /could not be started again after 3 tries/)
      assert.match(child.stdout, /starting embedded PostgreSQL again failed \(try 1 of 3\)/)
    },
  )
})
