/**
 * `npm run bench:http`: salesgraph's hot paths measured from outside the process, beside the
 * floor (one hand-written SQL statement behind a bare Fastify route) on the same data.
 *   - starts salesgraph on the embedded PostgreSQL (and on DATABASE_URL's server when set)
 *   - seeds through the public HTTP API: 5 channels, 1 key, 1000 products (half in the key's
 *     channel), a stock location linked to it with stock for every variant
 *   - autocannon (DURATION s, CONNECTIONS connections, after a warm-up) on the store listing
 *     with and without inventory_quantity, and with `region_id` (calculated_price) (cache on, then
 *     a second process with the cache off),
 *     the admin listing by channel beside the floor's admin statement, and the store floor; product creation rate; a 500-id link batch
 *   - the wire limit: a bare Fastify route sending the cached listings' exact bytes from memory
 *   - first start on an empty database (initdb and migrations included) and a warm start, to /health
 *   - with `--workers N`: the store listing cached and uncached from `start --workers 1` and `--workers N`
 *   - with MEDUSA_URL: the same seed and paths on a running Medusa (MEDUSA_P products, data of its own)
 * Every ratio (cached/wire, uncached/floor, salesgraph/Medusa) is computed from this one sitting;
 * cached/wire, uncached/floor and admin/admin floor run alternately, twice each, the best round of each kept.
 * Prints a JSON report and writes it to bench/results/.
 * Env: DURATION=10 CONNECTIONS=10 P=1000 S=5 SEED_CONCURRENCY=4 STOCK=100 MEDUSA_P=200
 *   BENCH_EMBEDDED=0 (with DATABASE_URL: the server only) MEDUSA_EMAIL MEDUSA_PASSWORD
 */
import { execSync } from "node:child_process"
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs"
import os from "node:os"
import { join } from "node:path"
import pg from "pg"
import { ApiClient } from "./client.js"
import { load, pairedLoads, type LoadResult } from "./load.js"
import { seedOverHttp } from "./seed.js"
import { NODE_FLAGS, runCli, startProcess, type ServerProcess } from "./server-process.js"
import { loadByWorkers, workersArg } from "./workers.js"
import { captureResponses } from "../wire/capture.js"
import { measureMedusa } from "./medusa.js"
import { ratiosOf } from "./ratios.js"
import { calculatedAmounts } from "./prices.js"

const creationRate = (seed: Record<string, unknown>) =>
  (seed.products as { per_second?: number } | undefined)?.per_second

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback)
const DURATION = env("DURATION", 10)
const CONNECTIONS = env("CONNECTIONS", 10)
const P = env("P", 1000)
const S = env("S", 5)
const SEED_CONCURRENCY = env("SEED_CONCURRENCY", 4)
const STOCK = env("STOCK", 100)
const ADMIN = { email: "bench@salesgraph.local", password: "bench-password" }
const opts = { duration: DURATION, connections: CONNECTIONS }
const WORKERS = workersArg(process.argv.slice(2))

if (!existsSync("dist/cli/main.js") || process.env.BENCH_BUILD !== "0") execSync("npm run build", { stdio: "ignore" })

interface Target {
  label: string
  env: NodeJS.ProcessEnv
  dispose(): Promise<void>
}

async function targets(): Promise<Target[]> {
  const dataDir = ".salesgraph-bench-http"
  rmSync(dataDir, { recursive: true, force: true })
  const server = process.env.DATABASE_URL
  const list: Target[] =
    server && process.env.BENCH_EMBEDDED === "0"
      ? []
      : [{ label: "embedded PostgreSQL", env: { SALESGRAPH_DATA_DIR: dataDir }, dispose: async () => {} }]
  if (server) {
    const name = `salesgraph_bench_http_${Date.now()}`
    const admin = new pg.Client({ connectionString: server })
    await admin.connect()
    await admin.query(`CREATE DATABASE "${name}"`)
    await admin.end()
    const url = new URL(server)
    url.pathname = "/" + name
    list.push({
      label: "server PostgreSQL (DATABASE_URL)",
      env: { DATABASE_URL: url.toString() },
      dispose: async () => {
        const c = new pg.Client({ connectionString: server })
        await c.connect()
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
        await c.end()
      },
    })
  }
  return list
}

const results: Record<string, unknown>[] = []
for (const target of await targets()) {
  const runEnv = { ...target.env, DATABASE_URL: target.env.DATABASE_URL ?? "" }
  const servers: ServerProcess[] = []
  try {
    // first start on an empty data directory (embedded) or database (server): initdb and migrations included
    const first = await startProcess([...NODE_FLAGS, "dist/cli/main.js", "start"], runEnv)
    await first.stop()
    runCli(["user", "-e", ADMIN.email, "-p", ADMIN.password], runEnv)
    // warm start: everything exists
    const sg = await startProcess([...NODE_FLAGS, "dist/cli/main.js", "start"], runEnv)
    servers.push(sg)
    const rssIdle = sg.rssMb()
    const api = new ApiClient(sg.url)
    await api.login(ADMIN.email, ADMIN.password)
    const seed = await seedOverHttp(api, { S, P, concurrency: SEED_CONCURRENCY, stock: STOCK })
    const keyH = { "x-publishable-api-key": seed.keyToken }
    const adminH = { authorization: `Bearer ${api.token}` }
    const check = await api.request(
      "GET",
      "/store/products?limit=50&fields=%2Bvariants.inventory_quantity",
      undefined,
      keyH,
    )
    const sanity = {
      store_count_with_key: check.body.count,
      expected_count: Math.ceil(P / 2),
      inventory_quantity_sample: check.body.products.slice(0, 3).map((p: any) => p.variants?.[0]?.inventory_quantity),
      calculated_amount_sample: await calculatedAmounts(
        api,
        `/store/products?limit=3&region_id=${seed.regionId}`,
        keyH,
      ),
    }
    const paths = {
      store: "/store/products?limit=50",
      storeQty: "/store/products?limit=50&fields=%2Bvariants.inventory_quantity",
      storePrices: `/store/products?limit=50&region_id=${seed.regionId}`,
      admin: `/admin/products?limit=50&sales_channel_id[]=${seed.keyChannelId}`,
    }
    const loads: Record<string, LoadResult> = {}
    // the wire limit: the cached responses' exact bytes and headers, sent by a bare route;
    // each salesgraph load runs right beside its wire load, so both see the same machine
    const wireFile = join(os.tmpdir(), `salesgraph-wire-${process.pid}.json`)
    const wireSizes = await captureResponses(sg.url, [paths.store, paths.storeQty], keyH, wireFile)
    const wire = await startProcess(["--import", "tsx", "bench/wire/server.ts"], { WIRE_FILE: wireFile })
    servers.push(wire)
    ;[loads.store_products_cached, loads.wire_store_products] = await pairedLoads(
      () => load(sg.url, paths.store, keyH, opts),
      () => load(wire.url, paths.store, {}, opts),
    )
    ;[loads.store_products_inventory_quantity_cached, loads.wire_store_products_inventory_quantity] = await pairedLoads(
      () => load(sg.url, paths.storeQty, keyH, opts),
      () => load(wire.url, paths.storeQty, {}, opts),
    )
    loads.store_products_calculated_price_cached = await load(sg.url, paths.storePrices, keyH, opts)

    // the uncached path beside the floor, alternating, so both see the same machine
    const uncached = await startProcess([...NODE_FLAGS, "dist/cli/main.js", "start"], {
      ...runEnv,
      SALESGRAPH_HTTP_CACHE: "off",
    })
    servers.push(uncached)
    const floor = await startProcess(["--import", "tsx", "bench/floor/server.ts"], {
      ...runEnv,
      FLOOR_CHANNEL_ID: seed.keyChannelId,
      FLOOR_DATA_DIR: target.env.SALESGRAPH_DATA_DIR ?? "",
    })
    servers.push(floor)
    ;[loads.store_products_uncached, loads.floor_store_products] = await pairedLoads(
      () => load(uncached.url, paths.store, keyH, opts),
      () => load(floor.url, "/store/products", {}, opts),
    )
    ;[loads.store_products_inventory_quantity_uncached, loads.floor_store_products_inventory_quantity] =
      await pairedLoads(
        () => load(uncached.url, paths.storeQty, keyH, opts),
        () => load(floor.url, "/store/products?inventory_quantity=1", {}, opts),
      )

    // the admin listing by channel (never cached) beside the floor's admin statement, alternating
    ;[loads.admin_products_by_channel, loads.floor_admin_products_by_channel] = await pairedLoads(
      () => load(sg.url, paths.admin, adminH, opts),
      () => load(floor.url, paths.admin, {}, opts),
    )

    loads.store_products_calculated_price_uncached = await load(uncached.url, paths.storePrices, keyH, opts)

    const byWorkers = WORKERS ? await loadByWorkers(WORKERS, runEnv, paths.store, keyH, opts) : undefined

    const target500 = (await api.request("POST", "/admin/sales-channels", { name: "bench-batch-target" })).body
      .sales_channel
    const ids = seed.productIds.slice(0, 500)
    const add = await api.request("POST", `/admin/sales-channels/${target500.id}/products`, { add: ids })
    const count = await api.request("GET", `/admin/products?limit=1&sales_channel_id[]=${target500.id}`)
    const remove = await api.request("POST", `/admin/sales-channels/${target500.id}/products`, { remove: ids })
    const readd = await api.request("POST", `/admin/sales-channels/${target500.id}/products`, { add: ids })

    results.push({
      database: target.label,
      start_to_healthy_ms: { first_on_empty_database: first.startMs, warm: sg.startMs },
      server_rss_mb: { idle: rssIdle, after_load: sg.rssMb(), uncached_process_after_load: uncached.rssMb() },
      seed: seed.report,
      sanity,
      wire_response_bytes: wireSizes,
      load: loads,
      creation_per_s: creationRate(seed.report),
      ...(byWorkers && { workers: byWorkers }),
      link_batch: {
        ids: ids.length,
        add_ms: Math.round(add.ms),
        verify_count_after_add: count.body.count,
        remove_ms: Math.round(remove.ms),
        re_add_ms: Math.round(readd.ms),
      },
    })
  } finally {
    for (const s of servers.reverse()) await s.stop()
    await target.dispose()
  }
}

const MEDUSA_URL = process.env.MEDUSA_URL
const medusa = MEDUSA_URL
  ? await measureMedusa(
      MEDUSA_URL,
      {
        email: process.env.MEDUSA_EMAIL ?? "admin@example.com",
        password: process.env.MEDUSA_PASSWORD ?? "supersecret",
      },
      {
        S,
        P: env("MEDUSA_P", 200),
        concurrency: SEED_CONCURRENCY,
        stock: STOCK,
        duration: DURATION,
        connections: CONNECTIONS,
      },
    )
  : undefined
for (const result of results) {
  result.ratios = ratiosOf(result.load as Record<string, { rps_avg: number }>, {
    creation_per_s: result.creation_per_s as number | undefined,
    medusa: medusa && { load: medusa.load, creation_per_s: creationRate(medusa.seed) },
  })
}

const report = {
  benchmark: "salesgraph HTTP hot paths beside the floor",
  params: { DURATION, CONNECTIONS, P, S, SEED_CONCURRENCY, STOCK, WORKERS },
  host: { cpus: os.cpus().length, node: process.version, loadavg: os.loadavg().map((x) => Math.round(x * 100) / 100) },
  finished_at: new Date().toISOString(),
  results,
  ...(medusa && { medusa }),
}
mkdirSync("bench/results", { recursive: true })
const file = `bench/results/http-${Date.now()}.json`
writeFileSync(file, JSON.stringify(report, null, 2) + "\n")
console.log(JSON.stringify(report, null, 2))
console.error(`# saved ${file}`)
