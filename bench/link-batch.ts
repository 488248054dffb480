/**
 * `npx tsx bench/link-batch.ts`: the 500-id link batch (`POST /admin/sales-channels/:id/products`
 * with `add`, then `remove`, then `add` again) in process, without HTTP: each run's wall time, the
 * statements it sends with their times, and EXPLAIN (ANALYZE, BUFFERS) of the slowest ones (run in
 * a transaction that is rolled back). Under `node --cpu-prof` the profile gives Node's share.
 * Env: N=500 ONLY=server|embedded (default server) TOP=3
 */
import { explainSlowest, logStatements, summarize } from "./statement-log.js"
import { openApp } from "../src/app/app.js"
import { loadConfig } from "../src/app/config.js"
import { createDefaultsWorkflow } from "../src/workflows/defaults/create-defaults.js"
import { createProductsWorkflow } from "../src/workflows/product/create-products.js"
import { createSalesChannelsWorkflow } from "../src/workflows/sales-channel/create-sales-channels.js"
import { linkProductsToSalesChannelWorkflow } from "../src/workflows/sales-channel/link-products-to-sales-channel.js"
import { benchDatabases } from "./databases.js"

const N = Number(process.env.N ?? 500)
const TOP = Number(process.env.TOP ?? 3)

const report: Record<string, unknown>[] = []
for (const db of await benchDatabases("bench_link_batch", process.env.ONLY ?? "server")) {
  const app = await openApp(loadConfig({}, { databaseUrl: db.url, logLevel: "silent" }), { migrate: true })
  try {
    await createDefaultsWorkflow(app.container)
    const ids: string[] = []
    for (let i = 0; i < N; i += 100) {
      const batch = Array.from({ length: Math.min(100, N - i) }, (_, j) => ({
        title: `l ${i + j}`,
        handle: `l-${i + j}`,
        status: "published",
        options: [{ title: "Size", values: ["One"] }],
      }))
      ids.push(...(await createProductsWorkflow(app.container, batch as never)))
    }
    const [channel] = await createSalesChannelsWorkflow(app.container, [{ name: "link batch" }])
    const batch = (body: { add?: string[]; remove?: string[] }) =>
      logStatements(() => linkProductsToSalesChannelWorkflow(app.container, { id: channel.id, ...body }))
    const add = await batch({ add: ids })
    const remove = await batch({ remove: ids })
    const explainAdd = await explainSlowest(db.url, add.statements, TOP)
    const readd = await batch({ add: ids })
    const explainRemove = await explainSlowest(db.url, remove.statements, TOP)
    report.push({
      database: db.label,
      ids: ids.length,
      add: summarize(add),
      remove: summarize(remove),
      re_add: summarize(readd),
      explain_add_after_remove: explainAdd,
      explain_remove_after_re_add: explainRemove,
    })
  } finally {
    await app.close()
    await db.dispose()
  }
}
console.log(JSON.stringify(report, null, 2))
