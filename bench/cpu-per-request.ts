/**
 * CPU time per request, read from /proc for the server process itself, for the cached store
 * listing beside the wire limit and the uncached listing beside the floor. On a loaded machine
 * rates move with the neighbours; the CPU a process spends per answer moves much less.
 *   npx tsx bench/cpu-per-request.ts   (builds nothing: run `npm run build` first)
 * the floor (bench/floor) beside it.
 * Env: P=200 (products seeded), N=3000 (requests per measurement), CONNECTIONS=10, PROFILE=1
 * SEMI_SPACES=2,16 (the uncached server's --max-semi-space-size values to compare)
 * (each salesgraph server also writes a CPU profile to bench/results/profiles/)
 */
import autocannon from "autocannon"
import { mkdirSync, mkdtempSync, rmSync } from "node:fs"
import os from "node:os"
import { join } from "node:path"
import { seededServer } from "./http/seeded-server.js"
import { startProcess, type ServerProcess } from "./http/server-process.js"
import { captureResponses } from "./wire/capture.js"
import { cpuMs } from "./http/process-cpu.js"

const P = Number(process.env.P ?? 200)
const N = Number(process.env.N ?? 3000)
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 10)
const PROFILES = "bench/results/profiles"
const profile = process.env.PROFILE === "1" ? ["--cpu-prof", "--cpu-prof-dir", PROFILES] : []

async function perRequest(server: ServerProcess, path: string, headers: Record<string, string>) {
  for (let i = 0; i < 50; i++) await (await fetch(server.url + path, { headers })).arrayBuffer()
  const before = cpuMs(server.pid)
  const r = await autocannon({ url: server.url + path, headers, amount: N, connections: CONNECTIONS, timeout: 30 })
  const used = cpuMs(server.pid) - before
  return {
    cpu_us_per_request: Math.round((used * 1000) / r.requests.total),
    requests: r.requests.total,
    rps: Math.round(r.requests.average),
    non2xx: r.non2xx,
    bytes: Math.round(r.throughput.total / r.requests.total),
  }
}

mkdirSync(PROFILES, { recursive: true })
const dataDir = mkdtempSync(join(os.tmpdir(), "salesgraph-cpu-"))
const env = { SALESGRAPH_DATA_DIR: dataDir, DATABASE_URL: "" }
const servers: ServerProcess[] = []
try {
  const { server: sg, seed } = await seededServer(env, { S: 2, P, stock: 10 }, profile)
  servers.push(sg)
  const keyH = { "x-publishable-api-key": seed.keyToken }
  const path = "/store/products?limit=50"
  const wireFile = join(dataDir, "wire.json")
  await captureResponses(sg.url, [path], keyH, wireFile)
  const wire = await startProcess(["--import", "tsx", "bench/wire/server.ts"], { WIRE_FILE: wireFile })
  servers.push(wire)
  const report: Record<string, unknown> = { P, N, CONNECTIONS, load_start: os.loadavg()[0] }
  for (let round = 1; round <= 2; round++) {
    report[`cached_${round}`] = await perRequest(sg, path, keyH)
    report[`wire_${round}`] = await perRequest(wire, path, {})
  }
  // sg stays up: the last salesgraph process on the data directory stops its PostgreSQL
  const floor = await startProcess(["--import", "tsx", "bench/floor/server.ts"], {
    ...env,
    FLOOR_CHANNEL_ID: seed.keyChannelId,
    FLOOR_DATA_DIR: dataDir,
  })
  servers.push(floor)
  // the uncached server under each young-generation size (MB) in SEMI_SPACES, beside the floor
  for (const semi of (process.env.SEMI_SPACES ?? "2").split(",")) {
    const uncached = await startProcess([`--max-semi-space-size=${semi}`, ...profile, "dist/cli/main.js", "start"], {
      ...env,
      SALESGRAPH_HTTP_CACHE: "off",
    })
    const idle = uncached.rssMb()
    report[`uncached_semi_${semi}`] = {
      ...(await perRequest(uncached, path, keyH)),
      rss_idle_mb: idle,
      rss_after_mb: uncached.rssMb(),
    }
    report[`floor_after_semi_${semi}`] = await perRequest(floor, "/store/products", {})
    await uncached.stop()
  }
  report.load_end = os.loadavg()[0]
  console.log(JSON.stringify(report, null, 2))
} finally {
  for (const s of servers) await s.stop()
  rmSync(dataDir, { recursive: true, force: true })
}
