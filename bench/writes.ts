/**
 * `npx tsx bench/writes.ts`: the write paths in process (no HTTP): the statements one product
 * creation with its channel link costs (with their text), and the creation rate at 1 and 4 at a
 * time. Env: SECONDS=5 ONLY=server|embedded
 */
import pg from "pg"
import { openApp } from "../src/app/app.js"
import { loadConfig } from "../src/app/config.js"
import { createDefaultsWorkflow } from "../src/workflows/defaults/create-defaults.js"
import { createProductsWorkflow } from "../src/workflows/product/create-products.js"
import { benchDatabases } from "./databases.js"
import { timedLoop } from "./stats.js"

const SECONDS = Number(process.env.SECONDS ?? 5)
const texts: string[] = []
/** milliseconds spent in each statement (by its first 60 characters) while `timing` */
const spent = new Map<string, number>()
let counting = false
let timing = false
const query = pg.Client.prototype.query
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const q = args[0] as string | { text?: string; name?: string }
  const text = typeof q === "string" ? q : (q.name ? `[${q.name}] ` : "") + (q.text ?? "")
  if (counting) texts.push(text)
  const result = (query as (...a: unknown[]) => unknown).apply(this, args)
  if (timing && result instanceof Promise) {
    const t0 = performance.now()
    const key = text.replace(/\s+/g, " ").slice(0, 60)
    void result.then(
      () => spent.set(key, (spent.get(key) ?? 0) + performance.now() - t0),
      () => {},
    )
  }
  return result
} as typeof query

const report: Record<string, unknown>[] = []
for (const db of await benchDatabases("salesgraph_bench_writes", process.env.ONLY)) {
  const app = await openApp(loadConfig({}, { databaseUrl: db.url, logLevel: "silent" }), { migrate: true })
  try {
    const defaults = await createDefaultsWorkflow(app.container)
    const channel = defaults.default_sales_channel_id
    let n = 0
    const create = () => {
      const i = n++
      return createProductsWorkflow(app.container, [
        {
          title: `w ${i}`,
          handle: `w-${i}`,
          status: "published",
          options: [{ title: "Size", values: ["One"] }],
          variants: [
            {
              title: "One",
              sku: `w-sku-${i}`,
              options: { Size: "One" },
              manage_inventory: true,
              prices: [{ amount: 1000 + i, currency_code: "usd" }],
            },
          ],
          sales_channels: [{ id: channel }],
        } as never,
      ])
    }
    await create()
    counting = true
    await create()
    counting = false
    const statements = [...texts]
    texts.length = 0
    timing = true
    const one = await timedLoop(create, { seconds: SECONDS, concurrency: 1, warmup: 20 })
    timing = false
    const per_statement_ms = Object.fromEntries(
      [...spent].map(([k, ms]) => [k, Math.round((ms / (one.ops + 20)) * 100) / 100]),
    )
    const four = await timedLoop(create, { seconds: SECONDS, concurrency: 4, warmup: 20 })
    report.push({
      database: db.label,
      statements_per_creation: statements.length,
      statements,
      per_statement_ms,
      one,
      four,
    })
  } finally {
    await app.close()
    await db.dispose()
  }
}
console.log(JSON.stringify(report, null, 2))
