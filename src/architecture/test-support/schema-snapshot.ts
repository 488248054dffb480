import type pg from "pg"

/**
 * What the schema check compares of one PostgreSQL schema: its tables, columns and indexes.
 * A many-to-many pivot declared from both sides has no one column order, so a pivot's indexes
 * are compared by what they provide: the pair is unique, and which columns lead an index.
 */
export interface SchemaSnapshot {
  /** `name (BASE TABLE|VIEW)` */
  tables: string[]
  /** `table.column type NULL|NOT NULL` */
  columns: string[]
  /** index definitions without their names (`CREATE UNIQUE INDEX ON t USING btree (c) WHERE …`) */
  indexes: string[]
}

function pivotIndexes(table: string, definitions: string[]): string {
  const indexes = definitions.map((d) => ({
    unique: d.startsWith("CREATE UNIQUE"),
    columns: /USING \w+ \(([^)]*)\)/.exec(d)![1].split(", "),
  }))
  const pairs = indexes.filter((i) => i.unique).map((i) => `{${[...i.columns].sort().join(", ")}}`)
  const leading = [...new Set(indexes.map((i) => i.columns[0]))].sort()
  return `pivot ${table}: unique ${[...new Set(pairs)].sort().join(" ")}; leading ${leading.join(", ")}`
}

export async function snapshot(
  client: pg.Client,
  schema: string,
  tables: (name: string) => boolean,
  pivots: Set<string>,
): Promise<SchemaSnapshot> {
  const rows = async (text: string) => (await client.query<{ table: string; line: string }>(text, [schema])).rows
  const keep = (list: { table: string; line: string }[]) =>
    list
      .filter((r) => tables(r.table))
      .map((r) => r.line)
      .sort()
  return {
    tables: keep(
      await rows(`SELECT table_name AS table, table_name || ' (' || table_type || ')' AS line
                  FROM information_schema.tables WHERE table_schema = $1`),
    ),
    columns: keep(
      await rows(`SELECT table_name AS table,
                    table_name || '.' || column_name || ' ' || udt_name || CASE WHEN is_nullable = 'YES' THEN ' NULL' ELSE ' NOT NULL' END AS line
                  FROM information_schema.columns WHERE table_schema = $1`),
    ),
    indexes: summarisePivots(
      keep(
        await rows(`SELECT tablename AS table,
                      regexp_replace(indexdef, '^(CREATE (UNIQUE )?INDEX) \\S+ ON \\S+ ', '\\1 ON ' || tablename || ' ') AS line
                    FROM pg_indexes WHERE schemaname = $1`),
      ),
      pivots,
    ),
  }
}

function summarisePivots(lines: string[], pivots: Set<string>): string[] {
  const byPivot = new Map<string, string[]>()
  const out: string[] = []
  for (const line of lines) {
    const table = /^CREATE (?:UNIQUE )?INDEX ON (\S+) /.exec(line)![1]
    if (pivots.has(table)) byPivot.set(table, [...(byPivot.get(table) ?? []), line])
    else out.push(line)
  }
  for (const [table, definitions] of byPivot) out.push(pivotIndexes(table, definitions))
  return out.sort()
}
