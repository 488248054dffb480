import pg from "pg"

/** A migration is owned by one module (or by the link or framework layer) and applied once. */
export interface Migration {
  name: string
  up: string
}

export interface MigrationSource {
  owner: string
  migrations: Migration[]
}

export interface MigrationResult {
  applied: { owner: string; name: string }[]
}

// Any constant: serialises concurrent migrators (two processes starting at once).
const MIGRATION_LOCK = 7_301_442

// One round trip (simple protocol, several commands): open the transaction, wait for the lock,
// make the ledger and read it.
const OPEN = `BEGIN;
SELECT pg_advisory_xact_lock(${MIGRATION_LOCK});
CREATE TABLE IF NOT EXISTS salesgraph_migration (
  owner text NOT NULL,
  name text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (owner, name)
);
SELECT owner, name FROM salesgraph_migration`

/** The migrations not in the ledger yet, in source order then name order. */
function pending(sources: MigrationSource[], seen: Set<string>) {
  return sources.flatMap((source) =>
    [...source.migrations]
      .sort((a, b) => a.name.localeCompare(b.name))
      .filter((m) => !seen.has(`${source.owner}/${m.name}`))
      .map((m) => ({ owner: source.owner, ...m })),
  )
}

/**
 * Applies every pending migration, in source order then name order, each recorded in
 * `salesgraph_migration`, all in one transaction: either the schema moves to the new version
 * or it stays where it was. Two round trips whatever the number of migrations (a first start
 * applies them all): one reads the ledger under the lock, one sends every pending migration,
 * their ledger rows and the COMMIT as one simple-protocol string (PostgreSQL stops at the
 * first error, and the transaction is rolled back).
 */
export async function migrate(pool: pg.Pool, sources: MigrationSource[]): Promise<MigrationResult> {
  const client = await pool.connect()
  try {
    const results = (await client.query(OPEN)) as unknown as pg.QueryResult<{ owner: string; name: string }>[]
    const done = results[results.length - 1].rows
    const todo = pending(sources, new Set(done.map((r) => `${r.owner}/${r.name}`)))
    if (!todo.length) {
      await client.query("COMMIT")
      return { applied: [] }
    }
    const ledger = todo.map((m) => `(${pg.escapeLiteral(m.owner)}, ${pg.escapeLiteral(m.name)})`).join(", ")
    await client.query(
      [...todo.map((m) => m.up), `INSERT INTO salesgraph_migration (owner, name) VALUES ${ledger}`, "COMMIT"].join(
        "\n;\n",
      ),
    )
    return { applied: todo.map(({ owner, name }) => ({ owner, name })) }
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {})
    throw error
  } finally {
    client.release()
  }
}
