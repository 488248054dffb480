/**
 * `npm run bench:scale`: 1,000,000 products and 100,000 product–channel links, seeded with SQL,
 * on the PostgreSQL server (DATABASE_URL / PGSERVER_URL / 127.0.0.1:5432; `--only embedded` for
 * the embedded one). Measures, through a real HTTP server, once with the caches off (every
 * request builds its page and count) and once as configured by default (response and count
 * caches on, repeated requests): the store listing (with and without inventory_quantity, newest
 * first), the admin listing with its count (by channel, and unfiltered), and a query.graph with
 * a cross-link filter; p50/p99 over sequential requests. Writes the EXPLAIN (ANALYZE) plans to
 * bench/notes/.
 *   npm run bench:scale [-- --only server|embedded] [-- --products 1000000] [-- --runs 100]
 */
import { mkdirSync, writeFileSync } from "node:fs"
import type { AddressInfo } from "node:net"
import { openApp } from "../src/app/app.js"
import { loadConfig } from "../src/app/config.js"
import { compileGraph, type GraphInput } from "../src/framework/query/compile.js"
import { buildServer } from "../src/http/server.js"
import { createDefaultsWorkflow } from "../src/workflows/defaults/create-defaults.js"
import { createUserAccountWorkflow } from "../src/workflows/user/create-user-account.js"
import { benchDatabases } from "./databases.js"
import { seedCatalogueSql } from "./seed-sql.js"
import { percentile } from "./stats.js"

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name)
  return i > 0 ? process.argv[i + 1] : fallback
}
const PRODUCTS = Number(arg("--products", "1000000"))
const LINKS = Math.round(PRODUCTS / 10)
const CHANNELS = 10
const RUNS = Number(arg("--runs", "100"))

async function loginToken(app: Awaited<ReturnType<typeof openApp>>): Promise<string> {
  const server = await buildServer(app)
  const res = await server.inject({
    method: "POST",
    url: "/auth/user/emailpass",
    payload: { email: "scale@bench.local", password: "scale-password" },
  })
  await server.close()
  return (JSON.parse(res.body) as { token: string }).token
}

async function measure(fn: () => Promise<unknown>) {
  for (let i = 0; i < 10; i++) await fn()
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now()
    await fn()
    times.push(performance.now() - t0)
  }
  times.sort((a, b) => a - b)
  const r = (n: number) => Math.round(n * 100) / 100
  return { runs: RUNS, p50_ms: r(percentile(times, 50)), p99_ms: r(percentile(times, 99)) }
}

const report: Record<string, unknown>[] = []
const notes: string[] = []
for (const db of await benchDatabases("salesgraph_bench_scale", arg("--only", "server"))) {
  const app = await openApp(loadConfig({}, { databaseUrl: db.url, logLevel: "silent", httpCache: "off" }), {
    migrate: true,
  })
  try {
    const t0 = performance.now()
    const { channelId } = await seedCatalogueSql(app.core.pool, {
      products: PRODUCTS,
      channels: CHANNELS,
      linksPerProduct: 1,
      linkedProducts: LINKS,
    })
    const seedMs = Math.round(performance.now() - t0)
    const defaults = await createDefaultsWorkflow(app.container)
    await createUserAccountWorkflow(app.container, { email: "scale@bench.local", password: "scale-password" })
    const channel = channelId(3)
    // the default key now sells the benchmark channel only
    await app.container.link.dismiss({
      api_key: { publishable_key_id: defaults.publishable_key!.id },
      sales_channel: { sales_channel_id: defaults.default_sales_channel_id },
    })
    await app.container.link.create({
      api_key: { publishable_key_id: defaults.publishable_key!.id },
      sales_channel: { sales_channel_id: channel },
    })
    const token = await loginToken(app)
    const keyH = { "x-publishable-api-key": defaults.publishable_key!.token }
    const adminH = { authorization: `Bearer ${token}` }
    const graphInput: GraphInput = {
      entity: "product",
      fields: ["id", "title", "sales_channels.name"],
      filters: { sales_channels: { id: [channel] }, status: "published" },
      pagination: { skip: 0, take: 50, order: { id: "DESC" } },
    }
    const modes: Record<string, unknown> = {}
    let storeCount = 0
    for (const cache of ["off", "on"] as const) {
      const modeApp =
        cache === "off"
          ? app
          : await openApp(loadConfig({}, { databaseUrl: db.url, logLevel: "silent", httpCache: "on" }))
      const server = await buildServer(modeApp)
      await server.listen({ port: 0, host: "127.0.0.1" })
      const base = `http://127.0.0.1:${(server.server.address() as AddressInfo).port}`
      const get = (path: string, headers: Record<string, string>) => async () => {
        const res = await fetch(base + path, { headers })
        if (res.status !== 200) throw new Error(`${path} → ${res.status}: ${await res.text()}`)
        return res.json()
      }
      storeCount = ((await get("/store/products?limit=1&fields=id", keyH)()) as { count: number }).count
      modes[`cache_${cache}`] = {
        store_products: await measure(get("/store/products?limit=50", keyH)),
        store_products_inventory_quantity: await measure(
          get("/store/products?limit=50&fields=%2Bvariants.inventory_quantity", keyH),
        ),
        store_products_newest_first: await measure(get("/store/products?limit=50&order=-created_at", keyH)),
        store_products_offset_5000: await measure(get("/store/products?limit=50&offset=5000", keyH)),
        admin_products_by_channel_with_count: await measure(
          get(`/admin/products?limit=50&sales_channel_id[]=${channel}`, adminH),
        ),
        admin_products_all_with_count: await measure(get("/admin/products?limit=50", adminH)),
        query_graph_cross_link_filter: await measure(() => modeApp.container.query.graph(graphInput)),
      }
      await server.close()
      if (modeApp !== app) await modeApp.close()
    }
    const results = modes
    report.push({
      database: db.label,
      products: PRODUCTS,
      product_channel_links: LINKS,
      products_in_key_channel: storeCount,
      seed_ms: seedMs,
      results,
    })
    console.error(`# ${db.label}: ${JSON.stringify(results)}`)

    // plans of the statements behind the measured reads
    const explain = async (title: string, input: GraphInput, count: boolean) => {
      const { text, values } = compileGraph(app.core.schema, input, { count }).compile()
      const { rows } = await app.core.pool.query("EXPLAIN (ANALYZE, BUFFERS) " + text, values)
      notes.push(`## ${title} (${db.label})\n\n\`\`\`\n${rows.map((r) => r["QUERY PLAN"]).join("\n")}\n\`\`\`\n`)
    }
    await explain(
      "store listing: 50 published products of one channel, with count",
      {
        entity: "product",
        fields: ["id", "title", "handle", "variants.id", "variants.title"],
        filters: { status: "published", sales_channels: { id: [channel], is_disabled: false } },
        pagination: { skip: 0, take: 50 },
      },
      true,
    )
    await explain(
      "admin listing: all products, with count",
      { entity: "product", fields: ["id", "title"], pagination: { skip: 0, take: 50, order: { created_at: "DESC" } } },
      true,
    )
    await explain("query.graph with a cross-link filter", graphInput, true)
  } finally {
    await app.close()
    await db.dispose()
  }
}
mkdirSync("bench/notes", { recursive: true })
writeFileSync(
  "bench/notes/scale-plans.md",
  `# EXPLAIN ANALYZE at scale (${PRODUCTS} products, ${LINKS} links)\n\nGenerated by \`npm run bench:scale\` on ${new Date().toISOString()}.\n\n${notes.join("\n")}`,
)
console.log(JSON.stringify({ benchmark: "scale", report }, null, 2))
