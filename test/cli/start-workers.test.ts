import assert from "node:assert/strict"
import { chmodSync, existsSync, mkdtempSync, rmSync } from "node:fs"
import http from "node:http"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { after, before, describe, test } from "node:test"
import { childDatabase, type ChildDatabase } from "../../src/reliability/test-support/salesgraph-process.js"
import { eventually } from "../../src/test-support/eventually.js"
import { spawnCli, type CliChild } from "./support/cli-process.js"

/** A GET on a connection of its own (no keep-alive), so the cluster may hand it to any worker. */
function getOnce(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http.get(url, { agent: false }, (res) => res.resume().on("end", () => resolve(res.statusCode!))).on("error", reject)
  })
}

describe("salesgraph start --workers 2", () => {
  let dir: string
  let db: ChildDatabase
  let child: CliChild
  let url: string
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "sg-workers-"))
    chmodSync(dir, 0o755)
    db = await childDatabase(join(dir, "data"), { empty: true })
    child = spawnCli(["start", "--workers", "2"], { ...db.env, PORT: "0", LOG_LEVEL: "info" })
    const line = await child.waitFor(/salesgraph listening on /)
    assert.match(line, /\(2 workers, /)
    url = /listening on (http:\/\/[^ "]+)/.exec(line)![1]
  })
  after(async () => {
    if (child?.child.exitCode === null) child.child.kill("SIGKILL")
    await child?.exited
    await db?.dispose()
    rmSync(dir, { recursive: true, force: true })
  })

  // entries whose message is (or, for a request's line "GET /ready 200 3 ms", starts with) `msg`
  const logged = (msg: string, prefix = false) =>
    child
      .output()
      .split("\n")
      .filter((l) => l.includes(prefix ? `"msg":"${msg}` : `"msg":"${msg}"`))
      .map((l) => JSON.parse(l) as { pid: number })

  test("two worker processes serve one port; the primary migrated once and serves nothing", async () => {
    assert.equal(logged("migrated").length, 1)
    assert.equal(logged("migrated")[0].pid, child.child.pid)
    const workers = new Set<number>()
    await eventually(
      "requests answered by both workers",
      async () => {
        assert.equal(await getOnce(`${url}/ready`), 200)
        for (const entry of logged("GET /ready 200 ", true)) workers.add(entry.pid)
        return workers.size
      },
      (n) => n === 2,
    )
    assert.ok(!workers.has(child.child.pid!), "the primary does not serve")
  })

  test("SIGTERM stops the workers, then the database, and exits 0", async () => {
    child.child.kill("SIGTERM")
    assert.equal(await child.exited, 0)
    const stopped = logged("stopped")
    assert.equal(stopped.length, 3, "two workers, then the primary")
    assert.equal(stopped[2].pid, child.child.pid)
    if (db.mode === "embedded")
      assert.ok(!existsSync(join(dir, "data", "pg", "postmaster.pid")), "PostgreSQL stopped with the primary")
  })
})
