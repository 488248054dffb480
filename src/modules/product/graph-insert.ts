import type { Executor } from "../../db/executor.js"
import { invalidData } from "../../framework/errors.js"
import { generateId } from "../../framework/ids.js"
import type { ModelDef } from "../../framework/model/index.js"
import type { Row } from "../../framework/service/index.js"
import { ident, join, raw, sql, type Sql } from "../../framework/sql/sql.js"

/**
 * Rows for several of the module's tables written by ONE statement (data-modifying CTEs):
 * a product with its options, values, variants, prices and images costs one round trip.
 * Ids are given (or generated here) so rows can point at each other before they exist;
 * foreign keys are checked at the end of the statement.
 */

export interface TableRows {
  model: ModelDef
  rows: Row[]
}

/** Rows of a plain pivot table (no model): two text columns. */
export interface PivotRows {
  table: string
  columns: [string, string]
  pairs: [string, string][]
}

const AUTOMATIC = new Set(["created_at", "updated_at", "deleted_at"])

function writableColumns(model: ModelDef): string[] {
  return Object.entries(model.columns)
    .filter(([name, c]) => c.kind !== "serial" && !AUTOMATIC.has(name))
    .map(([name]) => name)
}

/** Every writable column of the row, the model's defaults applied, an id generated if absent. */
export function prepareRow(model: ModelDef, data: Row): Row {
  const row: Row = {}
  for (const key of Object.keys(data)) {
    if (!model.columns[key] || AUTOMATIC.has(key)) throw invalidData(`${model.pascal} has no writable field '${key}'`)
  }
  for (const name of writableColumns(model)) {
    let value = data[name]
    if (value === undefined) value = name === "id" ? generateId(model.idPrefix) : model.columns[name].default
    if (typeof value === "function") value = value()
    row[name] = value ?? null
  }
  return row
}

function tableInsert(part: TableRows): Sql {
  const columns = writableColumns(part.model)
  const table = ident(part.model.tableName)
  const rows = part.rows.map((r) => prepareRow(part.model, r))
  return sql`INSERT INTO ${table} (${join(columns.map((c) => ident(c)))}, "created_at", "updated_at")
    SELECT ${join(columns.map((c) => ident("r", c)))}, now(), now()
    FROM jsonb_populate_recordset(NULL::${table}, ${JSON.stringify(rows)}::jsonb) r RETURNING 1`
}

function pivotInsert(part: PivotRows): Sql {
  const [a, b] = part.columns
  return sql`INSERT INTO ${ident(part.table)} (${ident(a)}, ${ident(b)})
    SELECT * FROM unnest(${part.pairs.map((p) => p[0])}::text[], ${part.pairs.map((p) => p[1])}::text[])
    ON CONFLICT DO NOTHING RETURNING 1`
}

export async function insertGraph(db: Executor, tables: TableRows[], pivots: PivotRows[] = []): Promise<void> {
  const parts = [
    ...tables.filter((t) => t.rows.length > 0).map(tableInsert),
    ...pivots.filter((p) => p.pairs.length > 0).map(pivotInsert),
  ]
  if (parts.length === 0) return
  const ctes = parts.map((part, i) => sql`${raw(`w${i}`)} AS (${part})`)
  // one text per shape (which tables get rows), whatever the number of rows: a named prepared statement
  await db.query(sql`WITH ${join(ctes)} SELECT 1`, { prepare: true })
}
