/**
 * `npx tsx bench/floor/admin-compare.ts`: checks the floor's admin statement (admin-page-sql.ts)
 * against salesgraph: seeds a few products over HTTP on a fresh database of the PostgreSQL server (DATABASE_URL or 127.0.0.1:5432),
 * fetches `/admin/products?limit=50&sales_channel_id[]=<id>` and runs the floor's statement, and
 * prints the paths where the two bodies differ (none: exit 0). Env: DATABASE_URL, P=20
 */
import { isDeepStrictEqual } from "node:util"
import pg from "pg"
import { benchDatabases } from "../databases.js"
import { ApiClient } from "../http/client.js"
import { seedOverHttp } from "../http/seed.js"
import { runCli, startProcess } from "../http/server-process.js"
import { adminFloorPageSql } from "./admin-page-sql.js"

const [db] = await benchDatabases("floor_admin_compare", "server")
if (!db) throw new Error("no PostgreSQL server")
const env = { DATABASE_URL: db.url }

/** Paths where a and b differ. */
function diff(a: unknown, b: unknown, path = "$", out: string[] = []): string[] {
  if (a && b && typeof a === "object" && typeof b === "object") {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)])
    for (const k of keys) diff((a as any)[k], (b as any)[k], `${path}.${k}`, out)
  } else if (!isDeepStrictEqual(a, b)) out.push(`${path}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`)
  return out
}

let failures = 1
await (await startProcess(["dist/cli/main.js", "start"], env)).stop()
runCli(["user", "-e", "c@example.com", "-p", "compare-password"], env)
const sg = await startProcess(["dist/cli/main.js", "start"], env)
try {
  const api = new ApiClient(sg.url)
  await api.login("c@example.com", "compare-password")
  const seed = await seedOverHttp(api, { S: 2, P: Number(process.env.P ?? 20), concurrency: 2, stock: 5 })
  // one product with every relation the seed leaves empty: type, collection, tags, images
  const type = (await api.request("POST", "/admin/product-types", { value: "compare-type" })).body.product_type
  const collection = (await api.request("POST", "/admin/collections", { title: "Compare" })).body.collection
  const tag = async (value: string) =>
    (await api.request("POST", "/admin/product-tags", { value })).body.product_tag.id as string
  const tags = [{ id: await tag("b-tag") }, { id: await tag("a-tag") }]
  const full = await api.request("POST", "/admin/products", {
    title: "compare full",
    type_id: type.id,
    collection_id: collection.id,
    tags,
    images: [{ url: "http://example.com/2.png" }, { url: "http://example.com/1.png" }],
    options: [{ title: "Size", values: ["S", "M"] }],
    variants: ["S", "M"].map((s) => ({
      title: s,
      options: { Size: s },
      prices: [{ amount: 5, currency_code: "usd" }],
    })),
    sales_channels: [{ id: seed.keyChannelId }],
  })
  if (!full.body.product) throw new Error(JSON.stringify(full.body))
  const path = `/admin/products?limit=50&sales_channel_id[]=${seed.keyChannelId}`
  const expected = (await api.request("GET", path)).body
  const client = new pg.Client({ connectionString: db.url })
  await client.connect()
  const { rows } = await client.query(adminFloorPageSql(), [seed.keyChannelId]).finally(() => client.end())
  if (process.env.DUMP) console.log(JSON.stringify(expected.products[0], null, 1))
  const differences = diff(expected, JSON.parse(rows[0].body))
  console.log(differences.slice(0, 40).join("\n") || `same body (${expected.products.length} products)`)
  failures = differences.length
} catch (e) {
  console.error("# failed:", e)
} finally {
  await sg.stop()
  await db.dispose()
}
process.exit(failures ? 1 : 0)
