/**
 * Statements timed as the server runs them (a named prepared statement over the extended protocol,
 * PostgreSQL choosing custom or generic plans itself), in blocks alternated between variants so
 * a neighbour's burst hits all alike: backend CPU per execution (from /proc, so the database must
 * be local), the plans PostgreSQL chose (pg_prepared_statements) and minor page faults per run.
 *   npx tsx bench/statement-ab.ts name=<postgres url>|<statement file>|<params JSON file> …
 * A statement and its parameters come from the server's log (log_min_duration_statement=0 logs
 * each execution's text and, as DETAIL, its parameters). Env: ROUNDS=10 BLOCK=20
 */
import { readFileSync } from "node:fs"
import pg from "pg"

const stat = (pid: number) => readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ").map(Number)
const TICK_MS = 10

interface Variant {
  name: string
  client: pg.Client
  pid: number
  run: () => Promise<unknown>
  cpuMs: number
  faults: number
  runs: number
}

const variants: Variant[] = []
for (const spec of process.argv.slice(2)) {
  const [name, rest] = [spec.slice(0, spec.indexOf("=")), spec.slice(spec.indexOf("=") + 1)]
  const [url, file, paramsFile] = rest.split("|")
  const text = readFileSync(file, "utf8")
  const values = JSON.parse(readFileSync(paramsFile, "utf8")) as unknown[]
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  const { rows } = await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")
  const run = () => client.query({ name: `ab_${name}`, text, values })
  for (let i = 0; i < 10; i++) await run()
  variants.push({ name, client, pid: rows[0].pid, run, cpuMs: 0, faults: 0, runs: 0 })
}
const rounds = Number(process.env.ROUNDS ?? 10)
const block = Number(process.env.BLOCK ?? 20)
for (let r = 0; r < rounds; r++) {
  for (const v of r % 2 ? [...variants].reverse() : variants) {
    const before = stat(v.pid)
    for (let i = 0; i < block; i++) await v.run()
    const after = stat(v.pid)
    v.cpuMs += (after[11] + after[12] - before[11] - before[12]) * TICK_MS
    v.faults += after[7] - before[7]
    v.runs += block
  }
}
const report: Record<string, unknown> = {}
for (const v of variants) {
  const { rows } = await v.client.query<{ generic_plans: string; custom_plans: string }>(
    "SELECT generic_plans, custom_plans FROM pg_prepared_statements WHERE name = $1",
    [`ab_${v.name}`],
  )
  report[v.name] = {
    backend_cpu_ms: Math.round((v.cpuMs / v.runs) * 100) / 100,
    plans: `${rows[0].generic_plans} generic / ${rows[0].custom_plans} custom`,
    minor_faults: Math.round(v.faults / v.runs),
  }
  await v.client.end()
}
console.log(JSON.stringify(report, null, 2))
