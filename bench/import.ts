/**
 * `npx tsx bench/import.ts`: the CSV import's rate. Writes a file of N products (one variant
 * each, a price, the default channel), imports it with `salesgraph import` on a fresh database
 * (the server's at DATABASE_URL, else the embedded one) and reports products per second, the
 * process's start and migration included and excluded. Env: N=10000 BATCH (the command's default)
 * PROFILE=1
 */
import { spawnSync } from "node:child_process"
import { rmSync, writeFileSync } from "node:fs"
import os from "node:os"
import { join } from "node:path"
import { openApp } from "../src/app/app.js"
import { loadConfig } from "../src/app/config.js"
import { createDefaultsWorkflow } from "../src/workflows/defaults/create-defaults.js"
import { benchDatabases } from "./databases.js"

const N = Number(process.env.N ?? 10_000)
/** PROFILE=1: the import (not the dry run) under --cpu-prof; summarise with bench/profile-summary.ts */
const PROFILE = process.env.PROFILE === "1" ? ["--cpu-prof", "--cpu-prof-dir", "bench/results/profiles"] : []
const file = join(os.tmpdir(), `salesgraph-import-${process.pid}.csv`)
const lines = ["handle,title,status,sku,option_1_name,option_1_value,price_usd,sales_channels"]
for (let i = 0; i < N; i++) {
  lines.push(
    `imp-${i},Imported ${i},published,imp-sku-${i},Size,One,${(10 + i / 100).toFixed(2)},Default Sales Channel`,
  )
}
writeFileSync(file, lines.join("\n") + "\n")

const cli = (args: string[], env: NodeJS.ProcessEnv, flags: string[] = []) => {
  const t0 = performance.now()
  const r = spawnSync(process.execPath, [...flags, "dist/cli/main.js", ...args], {
    env: { ...process.env, ...env },
    encoding: "utf8",
  })
  if (r.status !== 0) throw new Error(`${args.join(" ")}: ${r.stderr || r.stdout}`)
  return { ms: performance.now() - t0, stdout: r.stdout }
}

const report: Record<string, unknown>[] = []
for (const db of await benchDatabases("salesgraph_bench_import", process.env.ONLY ?? "server")) {
  try {
    const env = { DATABASE_URL: db.url }
    // migrated, with the defaults (the default channel), as after a first `start`
    const app = await openApp(loadConfig({}, { databaseUrl: db.url, logLevel: "silent" }), { migrate: true })
    await createDefaultsWorkflow(app.container)
    await app.close()
    const empty = cli(["import", "--dry-run", file], env)
    const batch = process.env.BATCH ? ["--batch-size", process.env.BATCH] : []
    const run = cli(["import", ...batch, file], env, PROFILE)
    report.push({
      database: db.label,
      products: N,
      dry_run_ms: Math.round(empty.ms),
      import_ms: Math.round(run.ms),
      products_per_s: Math.round(N / (run.ms / 1000)),
      profiled: PROFILE.length > 0,
      summary: run.stdout.trim().split("\n").slice(-3),
      loadavg: os.loadavg().map((x) => Math.round(x * 100) / 100),
    })
  } finally {
    await db.dispose()
  }
}
rmSync(file, { force: true })
console.log(JSON.stringify(report, null, 2))
