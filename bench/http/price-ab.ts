/**
 * The store listing with `region_id` (calculated_price) beside the plain listing, in the same
 * minute: one seed (embedded PostgreSQL), a cached and an uncached process, loads alternated
 * ROUNDS times and the best round of each kept; prints the ratios priced/plain.
 *   npx tsx bench/http/price-ab.ts   (run `npm run build` first)
 * The wire limit (bench/wire: each body's bytes sent from memory) bounds what a cache hit can do.
 * Env: DURATION=5 CONNECTIONS=10 P=1000 S=5 ROUNDS=3 PROFILE=1 (CPU profiles to bench/results/profiles)
 *   BASE=<another checkout, built> (its cached and uncached processes measured too, on the same data)
 */
import { mkdtempSync, rmSync } from "node:fs"
import os from "node:os"
import { join } from "node:path"
import { pairedLoads } from "./load.js"
import { measuredLoad, type MeasuredLoad } from "./measured-load.js"
import { seededServer } from "./seeded-server.js"
import { NODE_FLAGS, startProcess, type ServerProcess } from "./server-process.js"
import { captureResponses } from "../wire/capture.js"

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback)
const opts = { duration: env("DURATION", 5), connections: env("CONNECTIONS", 10) }
const ROUNDS = env("ROUNDS", 3)
const profile = process.env.PROFILE === "1" ? ["--cpu-prof", "--cpu-prof-dir", "bench/results/profiles"] : []

/** A load with the CPU per answer of the server and of the whole cluster (measured-load.ts). */
const measured = (server: ServerProcess, path: string, headers: Record<string, string>) =>
  measuredLoad(server, pgDir, path, headers, opts)

const dataDir = mkdtempSync(join(os.tmpdir(), "salesgraph-price-ab-"))
const runEnv = { SALESGRAPH_DATA_DIR: dataDir, DATABASE_URL: "" }
const pgDir = join(dataDir, "pg")
const servers: ServerProcess[] = []
try {
  const { server: cached, seed } = await seededServer(runEnv, { S: env("S", 5), P: env("P", 1000), stock: 10 }, profile)
  servers.push(cached)
  const uncached = await startProcess([...NODE_FLAGS, ...profile, "dist/cli/main.js", "start"], {
    ...runEnv,
    SALESGRAPH_HTTP_CACHE: "off",
  })
  servers.push(uncached)
  // BASE: another checkout's build (e.g. main's), served beside this one on the same data
  const base = process.env.BASE
  const baseServers = base
    ? [
        await startProcess([...NODE_FLAGS, join(base, "dist/cli/main.js"), "start"], runEnv),
        await startProcess([...NODE_FLAGS, join(base, "dist/cli/main.js"), "start"], {
          ...runEnv,
          SALESGRAPH_HTTP_CACHE: "off",
        }),
      ]
    : []
  servers.push(...baseServers)
  const keyH = { "x-publishable-api-key": seed.keyToken }
  const plain = "/store/products?limit=50"
  const priced = `/store/products?limit=50&region_id=${seed.regionId}`
  // the wire limit for each body: its exact bytes sent from memory by a bare route
  const wireFile = join(dataDir, "wire.json")
  await captureResponses(cached.url, [plain, priced], keyH, wireFile)
  const wire = await startProcess(["--import", "tsx", "bench/wire/server.ts"], { WIRE_FILE: wireFile })
  servers.push(wire)
  const report: Record<string, unknown> = { loadavg_start: os.loadavg()[0] }
  const sides: [string, ServerProcess, Record<string, string>][] = [
    ["wire", wire, {}],
    ["cached", cached, keyH],
    ["uncached", uncached, keyH],
  ]
  if (base) sides.push(["base_cached", baseServers[0], keyH], ["base_uncached", baseServers[1], keyH])
  for (const [label, server, headers] of sides) {
    const [a, b]: MeasuredLoad[] = await pairedLoads(
      () => measured(server, plain, headers),
      () => measured(server, priced, headers),
      ROUNDS,
    )
    report[label] = {
      plain_rps: a.rps_avg,
      priced_rps: b.rps_avg,
      ratio: Math.round((b.rps_avg / a.rps_avg) * 100) / 100,
      plain_cpu_us: a.cpu_us,
      priced_cpu_us: b.cpu_us,
      cpu_ratio: Math.round((a.cpu_us / b.cpu_us) * 100) / 100,
      plain_db_cpu_us: a.db_cpu_us,
      priced_db_cpu_us: b.db_cpu_us,
      /** plain's CPU (server + database) per answer over priced's: the ratio a CPU-bound machine allows */
      total_cpu_ratio: Math.round(((a.cpu_us + a.db_cpu_us) / (b.cpu_us + b.db_cpu_us)) * 100) / 100,
      plain_bytes: a.bytes_per_response,
      priced_bytes: b.bytes_per_response,
      non2xx: a.non2xx + b.non2xx,
    }
  }
  report.loadavg_end = os.loadavg()[0]
  console.log(JSON.stringify(report, null, 2))
} finally {
  for (const s of servers.reverse()) await s.stop()
  rmSync(dataDir, { recursive: true, force: true })
}
