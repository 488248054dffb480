import type { Migration } from "../../db/migrate.js"
import { model, SQL_TYPES, type ColumnDef } from "../model/index.js"
import type { Schema } from "../query/schema.js"
import type { LinkDef, StoredLinkDef } from "./define-link.js"

/** The pivot row's own columns, in table order. */
export function pivotColumns(link: StoredLinkDef): Record<string, ColumnDef> {
  return {
    id: model.id({ prefix: link.idPrefix }).def,
    [link.left.key]: model.text().def,
    [link.right.key]: model.text().def,
    ...link.extraColumns,
    created_at: model.dateTime().def,
    updated_at: model.dateTime().def,
    deleted_at: model.dateTime().nullable().def,
  }
}

/** Adds each link's pivot entity and the fields it gives both sides to a Query schema. */
export function registerLinks(schema: Schema, links: LinkDef[]) {
  for (const link of links) {
    if (link.kind === "readOnly") {
      const from = link.from.model()
      const to = link.to.model()
      schema.addRelation(from.name, {
        name: link.from.field,
        cardinality: link.from.isList ? "many" : "one",
        target: to.name,
        localColumn: link.from.column,
        remoteColumn: "id",
        searchable: false,
      })
      if (link.to.reverseField) {
        schema.addRelation(to.name, {
          name: link.to.reverseField,
          cardinality: "many",
          target: from.name,
          localColumn: "id",
          remoteColumn: link.from.column,
          searchable: false,
        })
      }
      continue
    }
    const pivotName = link.entityAliases[0] ?? link.table
    schema.addEntity(
      {
        name: pivotName,
        table: link.table,
        columns: pivotColumns(link),
        computed: {},
        relations: {},
        softDelete: true,
        searchable: [],
      },
      link.entityAliases.slice(1).concat(link.table === pivotName ? [] : [link.table]),
    )
    for (const [side, other] of [
      [link.left, link.right],
      [link.right, link.left],
    ] as const) {
      const sideModel = side.model()
      const otherModel = other.model()
      schema.addRelation(pivotName, {
        name: side.alias,
        cardinality: "one",
        target: sideModel.name,
        localColumn: side.key,
        remoteColumn: "id",
        searchable: false,
      })
      if (side.field) {
        schema.addRelation(sideModel.name, {
          name: side.field,
          cardinality: side.isList === false ? "one" : "many",
          target: otherModel.name,
          localColumn: "id",
          remoteColumn: "id",
          through: { table: link.table, sourceColumn: side.key, targetColumn: other.key, softDelete: true },
          searchable: false,
        })
      }
      if (side.linkField) {
        schema.addRelation(sideModel.name, {
          name: side.linkField,
          cardinality: "many",
          target: pivotName,
          localColumn: "id",
          remoteColumn: side.key,
          pivotPartner: other.key,
          searchable: false,
        })
      }
    }
  }
}

function columnDdl(name: string, def: ColumnDef): string {
  const dflt =
    def.default === undefined
      ? ""
      : ` DEFAULT ${typeof def.default === "string" ? `'${def.default}'` : String(def.default)}`
  return `"${name}" ${SQL_TYPES[def.kind]}${def.nullable ? "" : " NOT NULL"}${dflt}`
}

/**
 * The migrations of a stored link's table: its creation with the original columns, then one
 * `ALTER TABLE … ADD COLUMN` migration per later version (`<table>_0002_columns`, …), so a
 * database made before a column was declared gains it with its default.
 */
export function linkMigrations(link: StoredLinkDef): Migration[] {
  const versions = [...new Set(Object.values(link.columnVersions))].sort((a, b) => a - b)
  const later = versions.map((version) => {
    const columns = Object.entries(link.extraColumns).filter(([n]) => link.columnVersions[n] === version)
    const adds = columns.map(([n, d]) => `ADD COLUMN IF NOT EXISTS ${columnDdl(n, d)}`).join(",\n  ")
    return {
      name: `${link.table}_${String(version).padStart(4, "0")}_columns`,
      up: `ALTER TABLE "${link.table}"\n  ${adds};`,
    }
  })
  return [linkMigration(link, false), ...later]
}

/**
 * The pivot table of a stored link: the pair is the primary key (one row per pair, revived by
 * a re-link), the id is indexed, each side is indexed for live rows; a `unique` side has at
 * most one live row per id. `withLaterColumns` (the declaration, as the schema check builds it)
 * includes the columns added by later migrations.
 */
export function linkMigration(link: StoredLinkDef, withLaterColumns = true): Migration {
  const t = link.table
  const { key: a } = link.left
  const { key: b } = link.right
  const extras = Object.entries(link.extraColumns)
    .filter(([n]) => withLaterColumns || link.columnVersions[n] === undefined)
    .map(([n, d]) => `,\n  ${columnDdl(n, d)}`)
    .join("")
  const unique = [link.left, link.right]
    .filter((side) => side.unique)
    .map(
      (side) =>
        `\nCREATE UNIQUE INDEX IF NOT EXISTS "IDX_${t}_${side.key}_unique" ON "${t}" ("${side.key}") WHERE "deleted_at" IS NULL;`,
    )
    .join("")
  return {
    name: `${t}_0001_create`,
    up: `CREATE TABLE IF NOT EXISTS "${t}" (
  "id" text NOT NULL,
  "${a}" text NOT NULL,
  "${b}" text NOT NULL${extras},
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  PRIMARY KEY ("${a}", "${b}")
);
CREATE INDEX IF NOT EXISTS "IDX_${t}_id" ON "${t}" ("id");
CREATE INDEX IF NOT EXISTS "IDX_${t}_${a}" ON "${t}" ("${a}", "${b}") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_${t}_${b}" ON "${t}" ("${b}", "${a}") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_${t}_deleted_at" ON "${t}" ("deleted_at") WHERE "deleted_at" IS NOT NULL;${unique}`,
  }
}
