import type pg from "pg"

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

/**
 * Applies every pending migration, in source order then name order, each recorded in
 * `salesgraph_migration`, all in one transaction: either the schema moves to the new version
 * or it stays where it was.
 */
export async function migrate(pool: pg.Pool, sources: MigrationSource[]): Promise<MigrationResult> {
  const client = await pool.connect()
  const applied: MigrationResult["applied"] = []
  try {
    await client.query("BEGIN")
    await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK])
    await client.query(`CREATE TABLE IF NOT EXISTS salesgraph_migration (
      owner text NOT NULL,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (owner, name)
    )`)
    const done = await client.query<{ owner: string; name: string }>("SELECT owner, name FROM salesgraph_migration")
    const seen = new Set(done.rows.map((r) => `${r.owner}/${r.name}`))
    for (const source of sources) {
      const ordered = [...source.migrations].sort((a, b) => a.name.localeCompare(b.name))
      for (const migration of ordered) {
        if (seen.has(`${source.owner}/${migration.name}`)) continue
        await client.query(migration.up)
        await client.query("INSERT INTO salesgraph_migration (owner, name) VALUES ($1, $2)", [
          source.owner,
          migration.name,
        ])
        applied.push({ owner: source.owner, name: migration.name })
      }
    }
    await client.query("COMMIT")
    return { applied }
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {})
    throw error
  } finally {
    client.release()
  }
}
