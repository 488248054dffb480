/**
 * `npm test`: runs every *.test.ts under src/ and test/ with node's test runner, against the
 * embedded PostgreSQL (started here in .salesgraph-test/) or, when DATABASE_URL is set, against
 * that server. A migrated template database is made once; each test file clones its own.
 *   npm test                       embedded PostgreSQL
 *   DATABASE_URL=postgres://… npm test   a PostgreSQL 15+ server (needs CREATEDB)
 *   npm test -- src/framework      only files under these paths
 *   SALESGRAPH_TEST_DATA_DIR=…     another embedded data directory (default .salesgraph-test)
 *   SALESGRAPH_TEST_TSX=1          load the sources through tsx instead of compiling them first
 *                                  (scripts/test-build.ts), as `npx tsx --test <file>` does
 */
import { spawn } from "node:child_process"
import { readdirSync, statSync } from "node:fs"
import { join } from "node:path"
import { migrationSources } from "../src/app/migrations.js"
import { startEmbeddedCluster } from "../src/db/embedded/cluster.js"
import { migrate } from "../src/db/migrate.js"
import { newClient } from "../src/db/client.js"
import { createPool } from "../src/db/pool.js"
import { buildTestMirror, compiledPath } from "./test-build.js"

function findTests(path: string, out: string[] = []): string[] {
  const st = statSync(path)
  if (st.isFile()) {
    if (path.endsWith(".test.ts")) out.push(path)
    return out
  }
  for (const name of readdirSync(path).sort()) {
    if (name === "node_modules" || name.startsWith(".")) continue
    findTests(join(path, name), out)
  }
  return out
}

const args = process.argv.slice(2)
const roots = args.length
  ? args
  : ["src", "test"].filter((p) => {
      try {
        return statSync(p).isDirectory()
      } catch {
        return false
      }
    })
const files = roots.flatMap((r) => findTests(r))
if (files.length === 0) {
  // node --test without files would discover on its own (and run compiled files under dist/)
  console.error(`no *.test.ts files under ${roots.join(", ")}`)
  process.exit(1)
}

let adminUrl = process.env.DATABASE_URL
let stop = async () => {}
const mode = adminUrl ? "server" : "embedded"
if (!adminUrl) {
  const dataDir = process.env.SALESGRAPH_TEST_DATA_DIR ?? ".salesgraph-test"
  const cluster = await startEmbeddedCluster({ dataDir, database: "postgres" })
  adminUrl = cluster.connectionString
  stop = () => cluster.stop()
}

const template = `sg_tpl_${process.pid}_${Date.now().toString(36)}`
// named like salesgraph processes: a second `npm test` on the same embedded cluster then leaves it
// running for this one when it finishes first
const admin = newClient({ connectionString: adminUrl, application_name: `salesgraph:${process.pid}` })
await admin.connect()
const serverVersion = (await admin.query("show server_version")).rows[0].server_version
await admin.query(`CREATE DATABASE "${template}"`)
const templateUrl = new URL(adminUrl)
templateUrl.pathname = "/" + template
const pool = createPool({ connectionString: templateUrl.toString(), max: 1 })
await migrate(pool, migrationSources())
await pool.end()
console.log(`# database: ${mode} PostgreSQL ${serverVersion}; ${files.length} test files`)

const root = process.cwd()
const mirror = process.env.SALESGRAPH_TEST_TSX ? undefined : await buildTestMirror(root)
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.once(signal, () => {
    mirror?.remove()
    process.exit(1)
  })
const loader = mirror ? ["--enable-source-maps"] : ["--import", "tsx"]
const testFiles = mirror ? files.map((f) => compiledPath(root, mirror.dir, f)) : files

const code = await new Promise<number>((resolveCode) => {
  const child = spawn(
    process.execPath,
    [
      ...loader,
      "--test",
      "--test-concurrency=2",
      // node applies this to every file as a whole too: 5 minutes cut slow files short on a
      // loaded machine (their remaining tests cancelled, exit 1). It only guards against a hang.
      "--test-timeout=1800000",
      // TAP as before, and at the end why the run fails when it does (scripts/test-why.mjs)
      "--test-reporter=tap",
      "--test-reporter-destination=stdout",
      "--test-reporter=./scripts/test-why.mjs",
      "--test-reporter-destination=stderr",
      ...testFiles,
    ],
    {
      stdio: "inherit",
      env: {
        ...process.env,
        SALESGRAPH_TEST_ADMIN_URL: adminUrl,
        SALESGRAPH_TEST_TEMPLATE: template,
        SALESGRAPH_TEST_DB_MODE: mode,
      },
    },
  )
  child.on("exit", (c, signal) => {
    if (signal) console.error(`# the test runner was killed by ${signal}`)
    resolveCode(c ?? 1)
  })
})
mirror?.remove()
if (code !== 0) console.error(`# npm test: exit ${code} (the reasons are listed above under "why this run fails")`)

// leftovers of crashed test files too
const leftovers = await admin.query<{ datname: string }>(
  `SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $2`,
  [template, `sg_t_${process.pid}_%`],
)
for (const { datname } of leftovers.rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`)
await admin.end()
await stop()
process.exit(code)
