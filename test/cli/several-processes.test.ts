import assert from "node:assert/strict"
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { after, before, describe, test } from "node:test"
import pg from "pg"
import { migrationSources } from "../../src/app/migrations.js"
import { readSink } from "../../src/reliability/test-support/crash-checks.js"
import {
  childDatabase,
  runCli,
  SalesgraphProcess,
  send,
  type ChildDatabase,
} from "../../src/reliability/test-support/salesgraph-process.js"
import { eventually } from "../../src/test-support/eventually.js"

/**
 * Three `salesgraph start` processes on one database (the embedded one or the server, as
 * `npm test` runs), as N processes behind a load balancer run in production: migrations run
 * once, the embedded PostgreSQL is started once and joined, writes through one are seen by the
 * others with the caches on (as soon as NOTIFY reaches them: polled, never timed), each outbox
 * event reaches exactly one process, and the store rate limit is one allowance for all.
 */

const ADMIN = { email: "multi@salesgraph.test", password: "supersecret" }
const N = 3

describe(`${N} salesgraph processes on one database`, () => {
  let dir: string
  let db: ChildDatabase
  let pool: pg.Pool
  let procs: SalesgraphProcess[]
  let urls: string[]
  let key: string
  let token: string
  const sink = (i: number) => join(dir, `events-${i}.jsonl`)

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "sg-multi-"))
    chmodSync(dir, 0o755) // run as root, PostgreSQL runs as postgres: it must reach the data directory
    db = await childDatabase(join(dir, "data"), { empty: true })
    procs = Array.from(
      { length: N },
      (_, i) => new SalesgraphProcess({ ...db.env, LOG_LEVEL: "info", SALESGRAPH_TEST_EVENT_SINK: sink(i) }),
    )
    const started = await Promise.all(procs.map((p) => p.start()))
    urls = started.map((s) => s.url)
    key = started[0].publishableKey
    assert.ok(
      started.every((s) => s.publishableKey === key),
      "one default publishable key for all",
    )
    pool = new pg.Pool({ connectionString: await db.connectionString(), max: 2 })
    await runCli(["user", "-e", ADMIN.email, "-p", ADMIN.password], db.env)
    token = (await send(urls[1], "POST", "/auth/user/emailpass", { body: ADMIN })).body.token
    assert.ok(token, "logged in")
  })
  after(async () => {
    await pool?.end()
    for (const p of procs ?? []) await p.stop()
    await db?.dispose()
    rmSync(dir, { recursive: true, force: true })
  })

  test("migrations ran once, in one of the processes; the embedded PostgreSQL was started once and joined", async () => {
    const expected = migrationSources().reduce((n, s) => n + s.migrations.length, 0)
    const migrated = procs.flatMap((p) => p.stdout.split("\n").filter((l) => l.includes('"msg":"migrated"')))
    assert.equal(migrated.length, 1, `one process migrated: ${migrated.join("\n")}`)
    assert.equal(JSON.parse(migrated[0]).migrations, expected)
    const recorded = await pool.query("SELECT count(*)::int AS n FROM salesgraph_migration")
    assert.equal(recorded.rows[0].n, expected)
    if (db.mode === "embedded") {
      const joined = procs.filter((p) => p.stdout.includes("joining the embedded PostgreSQL already running"))
      assert.equal(joined.length, N - 1, "the others joined the first one's PostgreSQL")
    }
  })

  test("a write through one process is seen by the next reads of the others, caches on, and never unseen", async () => {
    const channels = await send(urls[0], "GET", "/admin/sales-channels?fields=id,name", { token })
    const channel = channels.body.sales_channels.find((c: { name: string }) => c.name === "Default Sales Channel").id
    const product = (title: string) => ({
      title,
      status: "published",
      sales_channels: [{ id: channel }],
      options: [{ title: "Size", values: ["One"] }],
    })
    const created = await send(urls[0], "POST", "/admin/products", { token, body: product("Multi v0") })
    assert.equal(created.status, 200, JSON.stringify(created.body))
    const id = created.body.product.id
    // what one sequential reader of a process last got: a cache may lag a NOTIFY, never go back
    const version = async (i: number, reader: { last: number }) => {
      const r = await send(urls[i], "GET", `/store/products/${id}?fields=title`, { key })
      if (r.status === 404) return -1 // not yet visible there
      assert.equal(r.status, 200, JSON.stringify(r.body))
      const v = Number(/^Multi v(\d+)$/.exec(r.body.product.title)![1])
      assert.ok(v >= reader.last, `process ${i} served v${v} after v${reader.last}`)
      reader.last = v
      return v
    }
    let writing = true
    // readers that keep every process's cache warm while the writes happen
    const hammer = Promise.all(
      urls.map(async (_, i) => {
        const reader = { last: -1 }
        while (writing) await version(i, reader)
      }),
    )
    const pollers = urls.map(() => ({ last: -1 }))
    try {
      for (let round = 1; round <= 12; round++) {
        const writer = round % N
        const updated = await send(urls[writer], "POST", `/admin/products/${id}`, {
          token,
          body: { title: `Multi v${round}` },
        })
        assert.equal(updated.status, 200, JSON.stringify(updated.body))
        assert.equal(await version(writer, pollers[writer]), round, "the writer's own next read")
        for (let i = 0; i < N; i++)
          await eventually(
            `process ${i} shows v${round}`,
            () => version(i, pollers[i]),
            (v) => v === round,
          )
      }
    } finally {
      writing = false
      await hammer
    }
    // list counts are cached too
    const count = async (i: number) =>
      (await send(urls[i], "GET", "/store/products?fields=id&limit=1", { key })).body.count as number
    const before = await Promise.all(urls.map((_, i) => count(i)))
    const more = await send(urls[2], "POST", "/admin/products", { token, body: product("Multi more") })
    assert.equal(more.status, 200)
    for (let i = 0; i < N; i++)
      await eventually(
        `process ${i} counts the new product`,
        () => count(i),
        (n) => n === before[i] + 1,
      )
  })

  test("the outbox hands each event to exactly one process", async () => {
    const writes = Array.from({ length: 30 }, (_, i) =>
      send(urls[i % N], "POST", "/admin/sales-channels", { token, body: { name: `Outbox ${i}` } }),
    )
    for (const r of await Promise.all(writes)) assert.equal(r.status, 200)
    await eventually(
      "every event delivered",
      async () =>
        (await pool.query("SELECT count(*)::int AS n FROM event_outbox WHERE delivered_at IS NULL")).rows[0].n,
      (n) => n === 0,
    )
    const events = (await pool.query<{ id: string }>("SELECT id FROM event_outbox")).rows.map((r) => r.id)
    assert.ok(events.length >= 30)
    const sinks = procs.map((_, i) => readSink(sink(i)).delivered)
    for (const id of events) {
      const holders = sinks.filter((s) => s.has(id)).length
      assert.equal(holders, 1, `event ${id} reached ${holders} processes`)
    }
    assert.equal(
      sinks.reduce((n, s) => n + s.size, 0),
      events.length,
      "no delivery of an event the outbox does not hold",
    )
  })

  test("the store rate limit is one allowance for all processes (restarted one by one with it on)", async () => {
    for (let i = 0; i < N; i++) {
      assert.deepEqual(await procs[i].stop(), { code: 0, signal: null })
      urls[i] = (await procs[i].start({ SALESGRAPH_STORE_RATE_LIMIT: "2" })).url
    }
    // 2 a minute: one token every 30 s; per process, 9 requests would get 6 answers
    const startedAt = Date.now()
    const statuses: number[] = []
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < N; i++) {
        const r = await send(urls[i], "GET", "/store/regions", { key })
        statuses.push(r.status)
        if (r.status === 429) assert.equal(r.body.code, "rate_limit_exceeded")
      }
    }
    const granted = statuses.filter((s) => s === 200).length
    const refilled = Math.floor((Date.now() - startedAt) / 30_000)
    assert.ok(
      granted >= 2 && granted <= 2 + refilled,
      `${granted} answered of ${statuses.join(",")} (${refilled} refills)`,
    )
    assert.equal(statuses.filter((s) => s !== 200 && s !== 429).length, 0)
  })

  test("the embedded PostgreSQL is never started twice on its directory: a process that cannot join says why", async (t) => {
    if (db.mode !== "embedded") return t.skip("embedded database only")
    const credentials = join(dir, "data", "credentials.json")
    const pidFile = join(dir, "data", "pg", "postmaster.pid")
    const postmaster = readFileSync(pidFile, "utf8").split("\n")[0]
    const saved = readFileSync(credentials, "utf8")
    writeFileSync(credentials, JSON.stringify({ ...JSON.parse(saved), password: "not-the-password" }))
    try {
      await assert.rejects(
        runCli(["start"], { ...db.env, PORT: "0" }),
        /embedded PostgreSQL in .* is already running \(pid \d+, port \d+\) and this salesgraph cannot join it: .*password/,
      )
    } finally {
      writeFileSync(credentials, saved)
    }
    assert.ok(existsSync(pidFile))
    assert.equal(readFileSync(pidFile, "utf8").split("\n")[0], postmaster, "still the one PostgreSQL")
    for (const url of urls) assert.equal((await send(url, "GET", "/ready")).status, 200)
  })
})
