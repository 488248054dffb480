/**
 * `npx tsx bench/plans.ts`: the uncached store listing's statement beside the floor's
 * hand-written one, on the same data (P products seeded through the API, half in the key's
 * channel): the statements salesgraph actually runs for `GET /store/products?limit=50` (with
 * and without inventory_quantity) are captured from the driver, then both sides are EXPLAIN
 * ANALYZEd and timed (server-side execution, median of RUNS). Writes bench/notes/listing-plans.md.
 * Env: P=400 RUNS=50 (DATABASE_URL or the local server)
 */
import { writeFileSync } from "node:fs"
import type { AddressInfo } from "node:net"
import os from "node:os"
import pg from "pg"
import { openApp } from "../src/app/app.js"
import { loadConfig } from "../src/app/config.js"
import { buildServer } from "../src/http/server.js"
import { createDefaultsWorkflow } from "../src/workflows/defaults/create-defaults.js"
import { createUserAccountWorkflow } from "../src/workflows/user/create-user-account.js"
import { benchDatabases } from "./databases.js"
import { floorPageSql } from "./floor/page-sql.js"
import { ApiClient } from "./http/client.js"
import { seedOverHttp } from "./http/seed.js"
import { percentile } from "./stats.js"

const P = Number(process.env.P ?? 400)
const RUNS = Number(process.env.RUNS ?? 50)
let capture: { text: string; values: unknown[] }[] | undefined
const query = pg.Client.prototype.query
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const q = args[0] as { text?: string; values?: unknown[] }
  if (capture && typeof q === "object" && q.text?.includes("json_agg"))
    capture.push({ text: q.text, values: q.values ?? [] })
  return (query as (...a: unknown[]) => unknown).apply(this, args)
} as typeof query

const out: string[] = []
for (const db of await benchDatabases("salesgraph_bench_plans", "server")) {
  const app = await openApp(loadConfig({}, { databaseUrl: db.url, logLevel: "silent", httpCache: "off" }), {
    migrate: true,
  })
  const server = await buildServer(app)
  try {
    await createDefaultsWorkflow(app.container)
    await createUserAccountWorkflow(app.container, { email: "plans@bench.local", password: "plans-password" })
    await server.listen({ port: 0, host: "127.0.0.1" })
    const api = new ApiClient(`http://127.0.0.1:${(server.server.address() as AddressInfo).port}`)
    await api.login("plans@bench.local", "plans-password")
    const seed = await seedOverHttp(api, { S: 5, P, concurrency: 4, stock: 100 })
    const keyH = { "x-publishable-api-key": seed.keyToken }
    const pairs: [string, string, string][] = [
      ["store listing", "/store/products?limit=50", floorPageSql(false)],
      ["with inventory_quantity", "/store/products?limit=50&fields=%2Bvariants.inventory_quantity", floorPageSql(true)],
    ]
    out.push(`# Uncached store listing: salesgraph's statement against the floor's\n`)
    out.push(
      `${db.label}, ${P} products (${Math.ceil(P / 2)} in the key's channel), ${new Date().toISOString()}, load average ${os
        .loadavg()
        .map((x) => x.toFixed(2))
        .join(" ")}.\n`,
    )
    for (const [label, path, floorText] of pairs) {
      capture = []
      await api.request("GET", path, undefined, keyH)
      // the listing's statement: the longest the request ran (the key's lookup is the other)
      const [ours] = capture.sort((a, b) => b.text.length - a.text.length)
      capture = undefined
      const floor = { text: floorText, values: [seed.keyChannelId] }
      const sides = { salesgraph: ours, floor }
      const times: Record<string, number[]> = { salesgraph: [], floor: [] }
      for (let i = 0; i < RUNS; i++) {
        for (const [name, s] of Object.entries(sides)) {
          const { rows } = await app.core.pool.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${s.text}`, s.values)
          times[name].push(rows[0]["QUERY PLAN"][0]["Execution Time"])
        }
      }
      const med = (name: string) =>
        percentile(
          [...times[name]].sort((a, b) => a - b),
          50,
        )
      out.push(
        `## ${label}: execution ${med("salesgraph").toFixed(2)} ms (salesgraph) against ${med("floor").toFixed(2)} ms (floor), median of ${RUNS}\n`,
      )
      for (const [name, s] of Object.entries(sides)) {
        const { rows } = await app.core.pool.query(`EXPLAIN (ANALYZE, BUFFERS) ${s.text}`, s.values)
        out.push(`### ${name}\n\n\`\`\`\n${rows.map((r) => r["QUERY PLAN"]).join("\n")}\n\`\`\`\n`)
      }
    }
  } finally {
    await server.close()
    await app.close()
    await db.dispose()
  }
}
writeFileSync("bench/notes/listing-plans.md", out.join("\n"))
console.log(out.filter((l) => l.startsWith("#")).join("\n"))
