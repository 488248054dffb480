/**
 * `npm run bench`: query.graph listing 50 products of one sales channel with their variants and
 * each variant's inventory summed over the channel's stock locations, over 10k products and
 * 20k product–channel links, on the embedded PostgreSQL and on the server. Prints ops/s, p50, p99.
 *   npm run bench [-- --only embedded|server] [-- --seconds 5]
 */
import { migrationSources } from "../src/app/migrations.js"
import { buildSchema } from "../src/app/schema.js"
import { PgExecutor } from "../src/db/executor.js"
import { migrate } from "../src/db/migrate.js"
import { createPool } from "../src/db/pool.js"
import { Query } from "../src/framework/query/query.js"
import { benchDatabases } from "./databases.js"
import { seedCatalogueSql } from "./seed-sql.js"
import { timedLoop } from "./stats.js"

const arg = (name: string) => {
  const i = process.argv.indexOf(name)
  return i > 0 ? process.argv[i + 1] : undefined
}
const seconds = Number(arg("--seconds") ?? 5)
const PRODUCTS = 10_000
const CHANNELS = 10

const report: Record<string, unknown>[] = []
for (const db of await benchDatabases("salesgraph_bench_query", arg("--only"))) {
  const pool = createPool({ connectionString: db.url, max: 10 })
  try {
    await migrate(pool, migrationSources())
    const t0 = performance.now()
    const { channelId } = await seedCatalogueSql(pool, { products: PRODUCTS, channels: CHANNELS, linksPerProduct: 2 })
    const seedMs = Math.round(performance.now() - t0)
    const query = new Query(buildSchema(), new PgExecutor(pool, false))
    const channel = channelId(3)
    const input = {
      entity: "product",
      fields: [
        "id",
        "title",
        "handle",
        "thumbnail",
        "variants.id",
        "variants.title",
        "variants.sku",
        "variants.inventory_quantity",
      ],
      filters: { status: "published", sales_channels: { id: [channel] } },
      pagination: { skip: 0, take: 50 },
      context: { sales_channel_id: channel },
    }
    const probe = await query.graph(input)
    const sequential = await timedLoop(() => query.graph(input), { seconds })
    const concurrent = await timedLoop(() => query.graph(input), { seconds, concurrency: 10 })
    const row = {
      database: db.label,
      products: PRODUCTS,
      product_channel_links: PRODUCTS * 2,
      seed_ms: seedMs,
      page: {
        rows: probe.data.length,
        count: probe.metadata?.count,
        sample_inventory_quantity: probe.data[0]?.variants[0]?.inventory_quantity,
      },
      sequential,
      concurrency_10: concurrent,
    }
    report.push(row)
    console.error(
      `# ${db.label}: ${sequential.ops_per_s} ops/s sequential (p50 ${sequential.p50_ms} ms, p99 ${sequential.p99_ms} ms); ${concurrent.ops_per_s} ops/s at 10 (p50 ${concurrent.p50_ms}, p99 ${concurrent.p99_ms})`,
    )
  } finally {
    await pool.end()
    await db.dispose()
  }
}
console.log(
  JSON.stringify(
    {
      benchmark: "query.graph: 50 products of one channel with variants and channel inventory",
      seconds,
      results: report,
    },
    null,
    2,
  ),
)
