import pg from "pg"
import { startEmbeddedCluster } from "../src/db/embedded/cluster.js"

export interface BenchDatabase {
  label: string
  url: string
  dispose(): Promise<void>
}

async function createDatabase(adminUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
  await admin.query(`CREATE DATABASE "${name}"`)
  const version = (await admin.query("show server_version")).rows[0].server_version as string
  await admin.end()
  const url = new URL(adminUrl)
  url.pathname = "/" + name
  return `${url.toString()}#${version}`
}

async function dropDatabase(adminUrl: string, name: string) {
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
  await admin.end()
}

/**
 * The databases a benchmark runs on: the embedded PostgreSQL (in .salesgraph-bench), and the
 * server at DATABASE_URL / PGSERVER_URL / 127.0.0.1:5432 when it answers. Each gets a fresh
 * database, dropped afterwards.
 */
export async function benchDatabases(name: string, only?: string): Promise<BenchDatabase[]> {
  const out: BenchDatabase[] = []
  if (!only || only === "embedded") {
    const cluster = await startEmbeddedCluster({ dataDir: ".salesgraph-bench", database: "postgres" })
    const [url, version] = (await createDatabase(cluster.connectionString, name)).split("#")
    out.push({
      label: `embedded PostgreSQL ${version}`,
      url,
      dispose: async () => {
        await dropDatabase(cluster.connectionString, name)
        await cluster.stop()
      },
    })
  }
  if (!only || only === "server") {
    const server = process.env.DATABASE_URL ?? process.env.PGSERVER_URL ?? "postgres://postgres@127.0.0.1:5432/postgres"
    try {
      const [url, version] = (await createDatabase(server, name)).split("#")
      out.push({ label: `server PostgreSQL ${version}`, url, dispose: () => dropDatabase(server, name) })
    } catch (e) {
      console.error(`# no PostgreSQL server at ${server.replace(/:[^:@/]*@/, ":***@")}: ${(e as Error).message}`)
    }
  }
  return out
}
