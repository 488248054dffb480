/**
 * The floor: a bare Fastify route running one hand-written SQL statement (page-sql.ts) through
 * pg with a named prepared statement (the store listing, and the admin listing by channel:
 * admin-page-sql.ts), and sending PostgreSQL's text as is. Nothing else: no key
 * gate, no validation, no Query compiler. What salesgraph's uncached path is measured against.
 * Env: PORT, FLOOR_CHANNEL_ID, DATABASE_URL or FLOOR_DATA_DIR (the embedded data directory).
 */
import Fastify from "fastify"
import { startEmbeddedCluster } from "../../src/db/embedded/cluster.js"
import { createPool } from "../../src/db/pool.js"
import { adminFloorPageSql } from "./admin-page-sql.js"
import { floorPageSql } from "./page-sql.js"

const url =
  process.env.DATABASE_URL || (await startEmbeddedCluster({ dataDir: process.env.FLOOR_DATA_DIR! })).connectionString
const pool = createPool({ connectionString: url, max: 10, applicationName: "salesgraph-floor" })
const channel = process.env.FLOOR_CHANNEL_ID!
const plain = { name: "floor_page", text: floorPageSql(false) }
const withQty = { name: "floor_page_qty", text: floorPageSql(true) }
const adminPage = { name: "floor_admin_page", text: adminFloorPageSql() }

const app = Fastify()
app.get("/health", async () => "OK")
app.get("/store/products", async (request, reply) => {
  const statement = (request.query as { inventory_quantity?: string }).inventory_quantity ? withQty : plain
  const { rows } = await pool.query({ ...statement, values: [channel] })
  return reply.type("application/json; charset=utf-8").send(rows[0].body)
})
// `/admin/products?limit=50&sales_channel_id[]=<id>` with the default admin fields (no auth)
app.get("/admin/products", async (request, reply) => {
  const id = (request.query as Record<string, string | undefined>)["sales_channel_id[]"] ?? channel
  const { rows } = await pool.query({ ...adminPage, values: [id] })
  return reply.type("application/json; charset=utf-8").send(rows[0].body)
})
await app.listen({ port: Number(process.env.PORT), host: "127.0.0.1" })
process.on("SIGTERM", async () => {
  await app.close()
  await pool.end()
  process.exit(0)
})
