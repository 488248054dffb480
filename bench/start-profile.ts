/**
 * Start to /health, first (new data directory) then warm, each under `--cpu-prof`; prints the
 * time to healthy, the node process's CPU and its profile's top modules and functions.
 *   npx tsx bench/start-profile.ts   (runs dist/: `npm run build` first)
 * Env: FLAGS (node flags, default bin/salesgraph.js's), TOP=15, KEEP=1 keeps the profiles in
 * bench/results/profiles/ (git-ignored).
 */
import { spawn } from "node:child_process"
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs"
import os from "node:os"
import { join } from "node:path"
import { summarise } from "./profile-summary.js"
import { freePort, NODE_FLAGS, rssOf } from "./http/server-process.js"

const FLAGS = process.env.FLAGS?.split(" ").filter(Boolean) ?? NODE_FLAGS
const TOP = Number(process.env.TOP ?? 15)
const cpuMs = (pid: number) => {
  const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ")
  return (Number(f[11]) + Number(f[12])) * 10
}

async function startOnce(dataDir: string, profDir: string) {
  const port = await freePort()
  const t0 = performance.now()
  const args = [...FLAGS, "--cpu-prof", "--cpu-prof-dir", profDir, "bin/salesgraph.js", "start"]
  const child = spawn(process.execPath, args, {
    env: { ...process.env, SALESGRAPH_DATA_DIR: dataDir, DATABASE_URL: "", PORT: String(port), LOG_LEVEL: "warn" },
    stdio: "ignore",
  })
  for (;;) {
    const ok = await fetch(`http://127.0.0.1:${port}/health`).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) break
    await new Promise((r) => setTimeout(r, 5))
  }
  const healthyMs = Math.round(performance.now() - t0)
  const cpu = cpuMs(child.pid!)
  await new Promise((r) => setTimeout(r, 1500))
  const rssIdleMb = rssOf(child.pid!)
  const exited = new Promise((r) => child.once("exit", r))
  child.kill("SIGINT")
  await exited
  return { healthyMs, cpuMsAtHealthy: cpu, rssIdleMb }
}

const dataDir = mkdtempSync(join(os.tmpdir(), "salesgraph-start-"))
const root = process.env.KEEP === "1" ? "bench/results/profiles" : join(dataDir, "..", `${dataDir}-prof`)
try {
  for (const kind of ["first", "warm"]) {
    const profDir = join(root, `start-${kind}-${Date.now()}`)
    mkdirSync(profDir, { recursive: true })
    const r = await startOnce(dataDir, profDir)
    const file = join(profDir, readdirSync(profDir)[0])
    const s = summarise(JSON.parse(readFileSync(file, "utf8")))
    console.log(`\n## ${kind} start: ${JSON.stringify(r)}, load ${os.loadavg()[0].toFixed(1)}`)
    console.log(`profile (whole life, incl. shutdown) ${s.totalMs} ms, idle ${s.idlePct} %`)
    for (const { name, pct } of s.modules(TOP)) console.log(`${pct.toFixed(1).padStart(5)} %  ${name}`)
    console.log("--")
    for (const { name, pct } of s.functions(TOP)) console.log(`${pct.toFixed(1).padStart(5)} %  ${name}`)
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true })
  if (process.env.KEEP !== "1") rmSync(root, { recursive: true, force: true })
}
