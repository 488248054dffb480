/**
 * The store listing with `region_id` (calculated_price) on this build beside another build (BASE,
 * e.g. the commit before customer groups and price lists), each on its own embedded database
 * seeded alike, cache on and off, loads alternated ROUNDS times (best round kept): whether the
 * priced listing stayed within 10 % of what it was. Besides the rates (best round), each side's
 * CPU per answer (server process + its PostgreSQL cluster, median over the rounds) and the
 * cluster's minor page faults per answer, steadier than rates on a shared machine.
 *   BASE=/path/to/built/checkout npx tsx bench/http/price-regression.ts   (`npm run build` both first)
 * Env: DURATION=5 CONNECTIONS=10 P=1000 S=5 ROUNDS=3 PLAIN=1 (the listing without region_id instead)
 */
import { mkdtempSync, rmSync } from "node:fs"
import os from "node:os"
import { join } from "node:path"
import { pairedLoads } from "./load.js"
import { measuredLoad, type MeasuredLoad } from "./measured-load.js"
import { seededServer } from "./seeded-server.js"
import { NODE_FLAGS, startProcess, type ServerProcess } from "./server-process.js"

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback)
const opts = { duration: env("DURATION", 5), connections: env("CONNECTIONS", 10) }
const seedOptions = { S: env("S", 5), P: env("P", 1000), stock: 10 }
const base = process.env.BASE
if (!base) throw new Error("BASE=<a built checkout> is required")

const dirs: string[] = []
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]
const servers: ServerProcess[] = []

/** A build's cached and uncached processes on a database of its own, and the priced path. */
async function side(main: string) {
  const dataDir = mkdtempSync(join(os.tmpdir(), "salesgraph-price-regression-"))
  dirs.push(dataDir)
  const runEnv = { SALESGRAPH_DATA_DIR: dataDir, DATABASE_URL: "" }
  const { server: cached, seed } = await seededServer(runEnv, seedOptions, [], main)
  servers.push(cached)
  const uncached = await startProcess([...NODE_FLAGS, main, "start"], { ...runEnv, SALESGRAPH_HTTP_CACHE: "off" })
  servers.push(uncached)
  const headers = { "x-publishable-api-key": seed.keyToken }
  const pgDir = join(dataDir, "pg")
  const priced = process.env.PLAIN === "1" ? "" : `&region_id=${seed.regionId}`
  return { cached, uncached, headers, pgDir, path: `/store/products?limit=50${priced}` }
}

try {
  const now = await side("dist/cli/main.js")
  const then = await side(join(base, "dist/cli/main.js"))
  const report: Record<string, unknown> = { base, loadavg_start: os.loadavg()[0] }
  for (const mode of ["cached", "uncached"] as const) {
    const rounds: [MeasuredLoad, MeasuredLoad][] = []
    const [a, b] = await pairedLoads(
      () => measuredLoad(now[mode], now.pgDir, now.path, now.headers, opts),
      () => measuredLoad(then[mode], then.pgDir, then.path, then.headers, opts),
      env("ROUNDS", 3),
      (x, y) => rounds.push([x, y]),
    )
    const cpu = (side: 0 | 1) => median(rounds.map((r) => r[side].cpu_us + r[side].db_cpu_us))
    report[mode] = {
      this_build_rps: a.rps_avg,
      base_rps: b.rps_avg,
      ratio: Math.round((a.rps_avg / b.rps_avg) * 100) / 100,
      /** µs of CPU per answer, server + database, median over the rounds */
      this_build_cpu_us: cpu(0),
      base_cpu_us: cpu(1),
      /** base's CPU per answer over this build's: the rate ratio a CPU-bound machine allows */
      cpu_ratio: Math.round((cpu(1) / cpu(0)) * 100) / 100,
      rounds: rounds.map(([x, y]) => ({
        this_build: { rps: x.rps_avg, cpu_us: x.cpu_us, db_cpu_us: x.db_cpu_us, db_minor_faults: x.db_minor_faults },
        base: { rps: y.rps_avg, cpu_us: y.cpu_us, db_cpu_us: y.db_cpu_us, db_minor_faults: y.db_minor_faults },
      })),
      this_build_bytes: a.bytes_per_response,
      base_bytes: b.bytes_per_response,
      non2xx: a.non2xx + b.non2xx,
    }
  }
  report.loadavg_end = os.loadavg()[0]
  console.log(JSON.stringify(report, null, 2))
} finally {
  for (const s of servers.reverse()) await s.stop()
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
}
