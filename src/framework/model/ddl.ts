import { SQL_TYPES, type ColumnDef } from "./columns.js"
import type { ModelDef } from "./define.js"

/**
 * CREATE TABLE statements from model declarations. Used to write a module's migration files
 * (`npm run db:generate`), and by the schema test that checks migrations match the models.
 */

function literal(value: unknown): string {
  if (typeof value === "string") return `'${value.replace(/'/g, "''")}'`
  if (typeof value === "boolean" || typeof value === "number") return String(value)
  return `'${JSON.stringify(value).replace(/'/g, "''")}'::jsonb`
}

function columnSql(name: string, def: ColumnDef): string {
  if (def.kind === "serial") return `"${name}" serial NOT NULL`
  let out = `"${name}" ${SQL_TYPES[def.kind]}${def.nullable ? " NULL" : " NOT NULL"}`
  if (name === "created_at" || name === "updated_at") out += " DEFAULT now()"
  else if (def.default !== undefined && def.default !== null && typeof def.default !== "function") {
    out += ` DEFAULT ${literal(def.default)}`
  }
  if (def.enumValues) out += ` CHECK ("${name}" IN (${def.enumValues.map(literal).join(", ")}))`
  return out
}

export function createTableSql(model: ModelDef): string {
  const t = model.tableName
  const lines = Object.entries(model.columns).map(([n, d]) => "  " + columnSql(n, d))
  lines.push(`  CONSTRAINT "${t}_pkey" PRIMARY KEY ("id")`)
  for (const rel of Object.values(model.relations)) {
    if (rel.kind !== "belongsTo") continue
    const target = rel.target()
    lines.push(
      `  CONSTRAINT "${t}_${rel.foreignKey}_foreign" FOREIGN KEY ("${rel.foreignKey}") REFERENCES "${target.tableName}" ("id") ON UPDATE CASCADE ON DELETE ${rel.onDelete === "set null" ? "SET NULL" : "CASCADE"}`,
    )
  }
  const out = [`CREATE TABLE IF NOT EXISTS "${t}" (\n${lines.join(",\n")}\n);`]
  for (const [name, def] of Object.entries(model.columns)) {
    if (def.unique) {
      out.push(
        `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_${t}_${name}_unique" ON "${t}" ("${name}") WHERE "deleted_at" IS NULL;`,
      )
    } else if (def.index) {
      out.push(`CREATE INDEX IF NOT EXISTS "IDX_${t}_${name}" ON "${t}" ("${name}") WHERE "deleted_at" IS NULL;`)
    }
  }
  for (const index of model.indexes) {
    const cols = index.columns.map((c) => `"${c}"`).join(", ")
    const name = `IDX_${t}_${index.columns.join("_")}${index.unique ? "_unique" : ""}`
    out.push(
      `CREATE ${index.unique ? "UNIQUE " : ""}INDEX IF NOT EXISTS "${name}" ON "${t}" (${cols}) WHERE "deleted_at" IS NULL;`,
    )
  }
  out.push(`CREATE INDEX IF NOT EXISTS "IDX_${t}_deleted_at" ON "${t}" ("deleted_at") WHERE "deleted_at" IS NOT NULL;`)
  for (const rel of Object.values(model.relations)) {
    if (rel.kind !== "manyToMany" || !rel.pivot) continue
    const p = rel.pivot
    const target = rel.target()
    out.push(`CREATE TABLE IF NOT EXISTS "${p.table}" (
  "${p.joinColumn}" text NOT NULL REFERENCES "${t}" ("id") ON DELETE CASCADE,
  "${p.inverseJoinColumn}" text NOT NULL REFERENCES "${target.tableName}" ("id") ON DELETE CASCADE,
  PRIMARY KEY ("${p.joinColumn}", "${p.inverseJoinColumn}")
);
CREATE INDEX IF NOT EXISTS "IDX_${p.table}_${p.inverseJoinColumn}" ON "${p.table}" ("${p.inverseJoinColumn}");`)
  }
  return out.join("\n")
}
