import assert from "node:assert/strict"
import { after, before, describe, it } from "node:test"
import pg from "pg"
import { migrationSources } from "../app/migrations.js"
import { modules } from "../app/modules.js"
import { linkMigration } from "../framework/link/register.js"
import type { StoredLinkDef } from "../framework/link/define-link.js"
import { createTableSql } from "../framework/model/index.js"
import { links } from "../links/index.js"
import { createTestDatabase } from "../test-support/database.js"
import { snapshot, type SchemaSnapshot } from "./test-support/schema-snapshot.js"

/**
 * The schema check: the migrations (as `npm test` applied them to this file's fresh database)
 * build exactly the tables the model declares. The expected schema is built beside it, in a
 * schema of its own, from the declarations alone: each module model's CREATE TABLE with its
 * indexes and many-to-many pivots (framework/model/ddl.ts) and each stored link's table
 * (framework/link/register.ts). PostgreSQL then describes both the same way.
 *
 * Out of scope, by this list: tables the framework owns (not declared by any model), namely
 * the migration record and the tables created by migrations registered under the "framework"
 * owners ("framework", "framework:<name>") in app/migrations.ts (the event outbox, and any later framework table registered there).
 */
const MIGRATION_RECORD = "salesgraph_migration"
/**
 * Declared as a many-to-many pivot, built by a migration as a view (product's
 * 0002_variant_images_view: a variant's images are computed): compared as a view, by its
 * columns' names and types (a view's columns are always nullable), without indexes.
 */
const VIEW_PIVOTS = new Set(["product_variant_image"])
const EXPECTED = "model_expected"

function frameworkTables(): Set<string> {
  const out = new Set([MIGRATION_RECORD])
  for (const source of migrationSources().filter((s) => s.owner === "framework" || s.owner.startsWith("framework:"))) {
    for (const m of source.migrations)
      for (const [, name] of m.up.matchAll(/CREATE TABLE (?:IF NOT EXISTS )?"?(\w+)"?/gi)) out.add(name)
  }
  return out
}

/** The declarations' DDL, statement by statement, each retried until the tables it references exist. */
async function buildExpected(client: pg.Client): Promise<void> {
  await client.query(`CREATE SCHEMA ${EXPECTED}`)
  await client.query(`SET search_path TO ${EXPECTED}`)
  const stored = links.filter((l): l is StoredLinkDef => l.kind === "stored")
  const ddl = [
    ...Object.values(modules).flatMap((m) => m.models.map((model) => createTableSql(model))),
    ...stored.map((l) => linkMigration(l).up),
  ]
  let pending = ddl.flatMap((text) => text.split(/;\n/))
  while (pending.length) {
    const failed: string[] = []
    const errors: string[] = []
    for (const ddl of pending) {
      try {
        await client.query(ddl)
      } catch (error) {
        failed.push(ddl)
        errors.push((error as Error).message)
      }
    }
    if (failed.length === pending.length) throw new Error(`the declarations' DDL does not run: ${errors.join("; ")}`)
    pending = failed
  }
  await client.query(`SET search_path TO public`)
}

/** The declared snapshot with VIEW_PIVOTS as the views the migrations make of them. */
function asViews(declared: SchemaSnapshot): SchemaSnapshot {
  const tableOf = (line: string) => /^(?:CREATE (?:UNIQUE )?INDEX ON |pivot )?([a-z_0-9]+)/.exec(line)![1]
  return {
    tables: declared.tables.map((t) => (VIEW_PIVOTS.has(tableOf(t)) ? t.replace("(BASE TABLE)", "(VIEW)") : t)),
    columns: declared.columns.map((c) => (VIEW_PIVOTS.has(c.split(".")[0]) ? c.replace(/ NOT NULL$/, " NULL") : c)),
    indexes: declared.indexes.filter((i) => !VIEW_PIVOTS.has(tableOf(i.replace(/:.*/, "")))),
  }
}

/** What the migrated database lacks of the declarations, and what it has beyond them. */
function drift(migrated: string[], declared: string[]) {
  const has = new Set(migrated)
  const wants = new Set(declared)
  return { missing: declared.filter((x) => !has.has(x)), unexpected: migrated.filter((x) => !wants.has(x)) }
}
const none = { missing: [], unexpected: [] }

describe("schema check: migrations against the model declarations", () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>
  let client: pg.Client
  let migrated: SchemaSnapshot
  let declared: SchemaSnapshot

  before(async () => {
    db = await createTestDatabase()
    client = new pg.Client({ connectionString: db.url })
    await client.connect()
    await buildExpected(client)
    const framework = frameworkTables()
    const pivots = new Set(
      Object.values(modules).flatMap((m) =>
        m.models.flatMap((model) => Object.values(model.relations).flatMap((r) => (r.pivot ? [r.pivot.table] : []))),
      ),
    )
    migrated = await snapshot(client, "public", (t) => !framework.has(t), pivots)
    declared = asViews(await snapshot(client, EXPECTED, () => true, pivots))
  })
  after(async () => {
    await client?.end()
    await db?.drop()
  })

  it("covers every module's models and every stored link", () => {
    const count = Object.values(modules).reduce((n, m) => n + m.models.length, 0)
    assert.ok(declared.tables.length >= count + links.filter((l) => l.kind === "stored").length)
  })

  it("has the declared tables, and no others", () => {
    assert.deepEqual(drift(migrated.tables, declared.tables), none)
  })

  it("gives every table the declared columns, types and nullability", () => {
    assert.deepEqual(drift(migrated.columns, declared.columns), none)
  })

  it("has the declared indexes", () => {
    assert.deepEqual(drift(migrated.indexes, declared.indexes), none)
  })
})
