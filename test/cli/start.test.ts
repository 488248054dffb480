import assert from "node:assert/strict"
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { after, before, describe, test } from "node:test"
import pg from "pg"
import { openApp } from "../../src/app/app.js"
import { loadConfig } from "../../src/app/config.js"
import { createTestDatabase } from "../../src/test-support/database.js"
import { createUserAccountWorkflow } from "../../src/workflows/user/create-user-account.js"
import { runCli, spawnCli, type CliChild } from "./support/cli-process.js"

const ADMIN = { email: "ops@salesgraph.test", password: "supersecret" }

/** Polls a condition the test cannot be told about (a lock wait inside PostgreSQL). */
async function until(what: string, check: () => Promise<boolean>, child: CliChild) {
  let exited = false
  void child.exited.then(() => (exited = true))
  while (!(await check())) {
    if (exited) throw new Error(`salesgraph exited while waiting for ${what}:\n${child.output()}`)
    await new Promise((r) => setTimeout(r, 20))
  }
}

describe("salesgraph start: configuration", () => {
  test("a bad value stops the start with a message naming the variable", async () => {
    const { code, stderr } = await runCli(["start"], { PORT: "abc", DATABASE_URL: "postgres://nowhere.invalid/db" })
    assert.equal(code, 1)
    assert.match(stderr, /invalid configuration:\s+PORT: /)
  })

  test("the config file's keys are checked too, named as their variables; broken files are named", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sg-config-"))
    try {
      writeFileSync(join(dir, "bad-values.json"), JSON.stringify({ port: 70000, logLevel: "loud", httpCache: "maybe" }))
      const values = await runCli(["start"], { SALESGRAPH_CONFIG: join(dir, "bad-values.json") })
      assert.equal(values.code, 1)
      for (const name of ["PORT", "LOG_LEVEL", "SALESGRAPH_HTTP_CACHE"])
        assert.match(values.stderr, new RegExp(`\\b${name}: `))

      writeFileSync(join(dir, "broken.json"), "{ port: 9000 ")
      const broken = await runCli(["start"], { SALESGRAPH_CONFIG: join(dir, "broken.json") })
      assert.equal(broken.code, 1)
      assert.match(broken.stderr, /config file .*broken\.json is not valid JSON/)

      const missing = await runCli(["start"], { SALESGRAPH_CONFIG: join(dir, "absent.json") })
      assert.equal(missing.code, 1)
      assert.match(missing.stderr, /config file .*absent\.json does not exist/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe("salesgraph start on a database server: logs, probes, graceful shutdown", () => {
  let db: { url: string; drop(): Promise<void> }
  let child: CliChild
  let url: string
  let configDir: string
  before(async () => {
    db = await createTestDatabase()
    const app = await openApp(loadConfig({}, { databaseUrl: db.url }), { background: false })
    await createUserAccountWorkflow(app.container, ADMIN)
    await app.close()
    // the file sets the port and the log level; the environment wins for the port
    configDir = mkdtempSync(join(tmpdir(), "sg-config-"))
    writeFileSync(join(configDir, "salesgraph.config.json"), JSON.stringify({ port: 1, logLevel: "info" }))
    child = spawnCli(["start"], {
      DATABASE_URL: db.url,
      PORT: "0",
      SALESGRAPH_CONFIG: join(configDir, "salesgraph.config.json"),
      // store requests are logged at info only when asked (docs/logging.md)
      LOG_REQUESTS: "1",
    })
    const line = await child.waitFor(/salesgraph listening on /)
    url = /listening on (http:\/\/[^ "]+)/.exec(line)![1]
  })
  after(async () => {
    if (child.child.exitCode === null) child.child.kill("SIGKILL")
    await child.exited
    await db.drop()
    rmSync(configDir, { recursive: true, force: true })
  })

  test("it listens where the environment says, probes answer, and logs are JSON lines with the request id", async () => {
    assert.doesNotMatch(url, /:1$/)
    const health = await fetch(`${url}/health`)
    assert.deepEqual([health.status, await health.text()], [200, "OK"])
    const ready = await fetch(`${url}/ready`)
    assert.deepEqual([ready.status, await ready.json()], [200, { status: "ready" }])
    const traced = await fetch(`${url}/store/products`, { headers: { "x-request-id": "ops-trace-42" } })
    assert.equal(traced.headers.get("x-request-id"), "ops-trace-42")
    await child.waitFor(/"reqId":"ops-trace-42".*"statusCode":400/)
    const logged = child
      .output()
      .split("\n")
      .filter((l) => l.includes('"reqId":"ops-trace-42"'))
    for (const l of logged) assert.equal(JSON.parse(l).reqId, "ops-trace-42")
    // without one, each request gets its own
    const a = (await fetch(`${url}/health`)).headers.get("x-request-id")
    const b = (await fetch(`${url}/health`)).headers.get("x-request-id")
    assert.ok(a && b && a !== b)
  })

  test("SIGTERM lets a slow in-flight request finish, drains the outbox and exits 0", async () => {
    const login = await fetch(`${url}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(ADMIN),
    })
    const { token } = (await login.json()) as { token: string }
    // hold the sales_channel table: the create below waits inside its transaction
    const blocker = new pg.Client({ connectionString: db.url })
    await blocker.connect()
    try {
      await blocker.query("BEGIN")
      await blocker.query("LOCK TABLE sales_channel IN ACCESS EXCLUSIVE MODE")
      const slow = fetch(`${url}/admin/sales-channels`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ name: "Created across SIGTERM" }),
      })
      await until(
        "the request to wait for the lock",
        async () =>
          (
            await blocker.query(
              "SELECT count(*)::int AS n FROM pg_locks WHERE NOT granted AND relation = 'sales_channel'::regclass",
            )
          ).rows[0].n > 0,
        child,
      )
      child.child.kill("SIGTERM")
      await child.waitFor(/"msg":"shutting down"/)
      assert.equal(child.child.exitCode, null, "still running: a request is in flight")
      await blocker.query("ROLLBACK")
      const response = await slow
      assert.equal(response.status, 200)
      assert.equal(
        ((await response.json()) as { sales_channel: { name: string } }).sales_channel.name,
        "Created across SIGTERM",
      )
      assert.equal(await child.exited, 0)
      assert.match(child.output(), /"msg":"stopped"/)
    } finally {
      await blocker.end()
    }
    const check = new pg.Client({ connectionString: db.url })
    await check.connect()
    try {
      const channel = await check.query(
        "SELECT count(*)::int AS n FROM sales_channel WHERE name = 'Created across SIGTERM'",
      )
      assert.equal(channel.rows[0].n, 1)
      const events = await check.query(
        "SELECT count(*) FILTER (WHERE delivered_at IS NULL)::int AS pending, count(*)::int AS total FROM event_outbox",
      )
      assert.ok(events.rows[0].total > 0)
      assert.equal(events.rows[0].pending, 0, "the outbox was drained before exit")
    } finally {
      await check.end()
    }
  })
})

describe("salesgraph start on the embedded PostgreSQL", () => {
  test("SIGTERM stops the embedded PostgreSQL it started", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sg-embedded-"))
    // run as root, PostgreSQL runs as the postgres user: it must reach the data directory
    chmodSync(dir, 0o755)
    const child = spawnCli(["start"], { PORT: "0", LOG_LEVEL: "warn", SALESGRAPH_DATA_DIR: join(dir, "data") }, dir)
    try {
      const line = await child.waitFor(/salesgraph listening on /)
      assert.match(line, /embedded PostgreSQL in .*data/)
      const url = /listening on (http:\/\/[^ "]+)/.exec(line)![1]
      assert.equal((await fetch(`${url}/ready`)).status, 200)
      const pidFile = join(dir, "data", "pg", "postmaster.pid")
      assert.ok(existsSync(pidFile), "PostgreSQL runs while salesgraph does")
      child.child.kill("SIGTERM")
      assert.equal(await child.exited, 0)
      assert.ok(!existsSync(pidFile), "PostgreSQL was stopped with salesgraph")
    } finally {
      if (child.child.exitCode === null) child.child.kill("SIGKILL")
      await child.exited
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
