// Creates or drops a database on the PostgreSQL server (CI runs the tests on a fresh one).
//   node scripts/ci-database.mjs create|drop <name>   (server: PGSERVER_URL, default postgres://postgres@127.0.0.1:5432/postgres)
import pg from "pg"

const [action, name] = process.argv.slice(2)
if (!/^[a-z0-9_]+$/.test(name ?? "")) throw new Error("usage: ci-database.mjs create|drop <name>")
const client = new pg.Client({
  connectionString: process.env.PGSERVER_URL ?? "postgres://postgres@127.0.0.1:5432/postgres",
})
await client.connect()
if (action === "create") await client.query(`CREATE DATABASE "${name}"`)
else await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
await client.end()
