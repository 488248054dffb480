import assert from "node:assert/strict"
import { spawn } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { after, describe, test } from "node:test"
import pg from "pg"
import { startEmbeddedCluster } from "./cluster.js"
import { loaderArgs, moduleFile } from "../../test-support/node-entry.js"

const dataDir = mkdtempSync(join(tmpdir(), "sg-embedded-"))
after(() => rmSync(dataDir, { recursive: true, force: true }))

async function one(url: string, text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(text, values)).rows
  } finally {
    await client.end()
  }
}

const pidOf = () => Number(readFileSync(join(dataDir, "pg", "postmaster.pid"), "utf8").split("\n")[0])
const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

describe("embedded PostgreSQL lifecycle", () => {
  test("initialises on first start, keeps committed data across a clean stop and start", async () => {
    const first = await startEmbeddedCluster({ dataDir })
    await one(first.connectionString, "create table t (v text)")
    await one(first.connectionString, "insert into t values ('kept')")
    const pid = pidOf()
    await first.stop()
    assert.equal(alive(pid), false, "the server stops with the last user")
    const second = await startEmbeddedCluster({ dataDir })
    assert.deepEqual(await one(second.connectionString, "select v from t"), [{ v: "kept" }])
    await second.stop()
  })

  test("a process killed with SIGKILL leaves a server that the next start adopts, with every commit", async () => {
    const script = `
      import { startEmbeddedCluster } from ${JSON.stringify(new URL(moduleFile("./cluster.ts"), import.meta.url).href)}
      import pg from "pg"
      const c = await startEmbeddedCluster({ dataDir: ${JSON.stringify(dataDir)} })
      const client = new pg.Client({ connectionString: c.connectionString })
      await client.connect()
      await client.query("insert into t values ('before kill')")
      console.log("committed")
      setInterval(() => {}, 1000)`
    const child = spawn(process.execPath, [...loaderArgs(), "--input-type=module", "-e", script], {
      stdio: ["ignore", "pipe", "inherit"],
    })
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", (d) => String(d).includes("committed") && resolve())
      child.on("exit", (code) => reject(new Error(`child exited ${code}`)))
    })
    child.kill("SIGKILL")
    await new Promise((r) => child.on("exit", r))
    const orphan = pidOf()
    assert.ok(alive(orphan), "the server outlived its parent")

    const next = await startEmbeddedCluster({ dataDir })
    assert.equal(pidOf(), orphan, "adopted, not started twice")
    const rows = await one(next.connectionString, "select v from t order by v")
    assert.deepEqual(
      rows.map((r) => r.v),
      ["before kill", "kept"],
    )
    await next.stop()
    assert.equal(alive(orphan), false)
  })

  test("a stale postmaster.pid (dead pid) does not block the start", async () => {
    writeFileSync(join(dataDir, "pg", "postmaster.pid"), "999999\n/nowhere\n0\n5432\n\n\n\n")
    const cluster = await startEmbeddedCluster({ dataDir })
    assert.deepEqual(await one(cluster.connectionString, "select count(*)::int as n from t"), [{ n: 2 }])
    await cluster.stop()
  })

  test("two processes starting on a new directory at once share one initialised server", async () => {
    const fresh = mkdtempSync(join(tmpdir(), "sg-embedded-race-"))
    try {
      const script = `
        import { startEmbeddedCluster } from ${JSON.stringify(new URL(moduleFile("./cluster.ts"), import.meta.url).href)}
        import pg from "pg"
        const c = await startEmbeddedCluster({ dataDir: ${JSON.stringify(fresh)} })
        const client = new pg.Client({ connectionString: c.connectionString })
        await client.connect()
        const { rows } = await client.query("select inet_server_port() as port")
        await client.end()
        console.log("port " + rows[0].port)`
      const run = () =>
        new Promise<string>((resolve, reject) => {
          const child = spawn(process.execPath, [...loaderArgs(), "--input-type=module", "-e", script], {
            stdio: ["ignore", "pipe", "pipe"],
          })
          let out = ""
          child.stdout.on("data", (d) => (out += d))
          child.stderr.on("data", (d) => (out += d))
          child.on("exit", (code) =>
            code === 0 ? resolve(out.trim()) : reject(new Error(`child exited ${code}: ${out}`)),
          )
        })
      const [a, b] = await Promise.all([run(), run()])
      assert.match(a, /^port \d+$/)
      assert.equal(a, b, "one server, not two")
      // the server they left running is adopted and stopped
      const cluster = await startEmbeddedCluster({ dataDir: fresh })
      assert.equal(`port ${(await one(cluster.connectionString, "select inet_server_port() as port"))[0].port}`, a)
      await cluster.stop()
    } finally {
      rmSync(fresh, { recursive: true, force: true })
    }
  })

  test("a lock file left by a dead process does not block the start", async () => {
    writeFileSync(join(dataDir, ".lock"), "999999")
    const cluster = await startEmbeddedCluster({ dataDir })
    assert.deepEqual(await one(cluster.connectionString, "select count(*)::int as n from t"), [{ n: 2 }])
    await cluster.stop()
  })
})
