/**
 * A/B of two builds on one database in the same minutes: CPU per request of the server process
 * for the cached and the uncached store listing (as bench/cpu-per-request.ts measures it),
 * builds alternated per round. Each build is a directory holding bin/ and dist/ (a copy of an
 * older build, and this checkout).
 *   A=/tmp/base B=. npx tsx bench/ab-listing.ts
 * Env: P=200 N=1500 ROUNDS=3 PATHS (comma-separated, default the listing with and without
 * inventory_quantity), FLAGS_A / FLAGS_B (node flags, default bin/salesgraph.js's)
 */
import autocannon from "autocannon"
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import os from "node:os"
import { join, resolve } from "node:path"
import { ApiClient } from "./http/client.js"
import { seedOverHttp } from "./http/seed.js"
import { NODE_FLAGS, runCli, startProcess, type ServerProcess } from "./http/server-process.js"

const N = Number(process.env.N ?? 1500)
const ROUNDS = Number(process.env.ROUNDS ?? 3)
const PATHS = (
  process.env.PATHS ?? "/store/products?limit=50,/store/products?limit=50&fields=%2Bvariants.inventory_quantity"
).split(",")
const builds = { A: resolve(process.env.A ?? "."), B: resolve(process.env.B ?? ".") }
const flags = (side: "A" | "B") => process.env[`FLAGS_${side}`]?.split(" ").filter(Boolean) ?? NODE_FLAGS
const cpu = (pid: number) => {
  const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ")
  return (Number(f[11]) + Number(f[12])) * 10
}

async function perRequest(server: ServerProcess, path: string, headers: Record<string, string>) {
  for (let i = 0; i < 30; i++) await (await fetch(server.url + path, { headers })).arrayBuffer()
  const before = cpu(server.pid)
  const r = await autocannon({ url: server.url + path, headers, amount: N, connections: 10, timeout: 30 })
  return { cpu_us: Math.round(((cpu(server.pid) - before) * 1000) / r.requests.total), non2xx: r.non2xx }
}

const dataDir = mkdtempSync(join(os.tmpdir(), "salesgraph-ab-"))
const env = { SALESGRAPH_DATA_DIR: dataDir, DATABASE_URL: "" }
const servers: Record<string, ServerProcess> = {}
const start = (side: "A" | "B", cache: string) =>
  startProcess([...flags(side), join(builds[side], "dist/cli/main.js"), "start"], {
    ...env,
    SALESGRAPH_HTTP_CACHE: cache,
  })
try {
  servers.A_on = await start("A", "on")
  runCli(["user", "-e", "ab@salesgraph.local", "-p", "ab-password"], env)
  const api = new ApiClient(servers.A_on.url)
  await api.login("ab@salesgraph.local", "ab-password")
  const seed = await seedOverHttp(api, { S: 2, P: Number(process.env.P ?? 200), concurrency: 4, stock: 10 })
  const headers = { "x-publishable-api-key": seed.keyToken }
  servers.B_on = await start("B", "on")
  servers.A_off = await start("A", "off")
  servers.B_off = await start("B", "off")
  await new Promise((r) => setTimeout(r, 1500))
  const idle = Object.entries(servers).map(([name, s]) => `${name} ${s.rssMb()} MB`)
  console.log(`A=${builds.A} ${flags("A").join(" ")} B=${builds.B} ${flags("B").join(" ")} N=${N}`)
  console.log(`RSS idle (A_on served the seeding): ${idle.join(", ")}; load ${os.loadavg()[0].toFixed(1)}`)
  for (let round = 1; round <= ROUNDS; round++) {
    for (const path of PATHS) {
      const row: string[] = []
      for (const name of ["A_on", "B_on", "A_off", "B_off"]) {
        const r = await perRequest(servers[name], path, headers)
        row.push(`${name} ${r.cpu_us} µs${r.non2xx ? ` (${r.non2xx} non-2xx)` : ""}`)
      }
      console.log(`round ${round} ${path}: ${row.join(", ")}; load ${os.loadavg()[0].toFixed(1)}`)
    }
  }
  for (const [name, s] of Object.entries(servers)) console.log(`${name} RSS after ${s.rssMb()} MB`)
} finally {
  // the first server started the database: stopped last
  for (const name of ["B_off", "A_off", "B_on", "A_on"]) await servers[name]?.stop()
  rmSync(dataDir, { recursive: true, force: true })
}
