import type { Sql } from "../sql/sql.js"

/** Column builders of the model DSL (Medusa's `model.text()`, `model.boolean()`, …). */

export type ColumnKind = "id" | "text" | "boolean" | "number" | "integer" | "serial" | "json" | "dateTime" | "enum"

export interface ColumnDef {
  kind: ColumnKind
  nullable: boolean
  /** A JS value used on insert when the caller gives none (undefined = no default). */
  default?: unknown
  searchable: boolean
  /** Unique among live rows (a partial unique index `where deleted_at is null`). */
  unique: boolean
  index: boolean
  primaryKey: boolean
  enumValues?: readonly string[]
  /** id columns: the prefix of generated ids (`sc` → `sc_01H…`). */
  prefix?: string
  /** Query never outputs it: left out of `*`, dropped when named in fields (a salt). */
  hidden?: boolean
  /** Query outputs this SQL instead of the stored value, given the row's alias (a masked secret). */
  outputAs?: (alias: string) => Sql
}

/**
 * The value type a column gives the rows of generated services, where reads and writes agree:
 * text, id and enum columns are strings, booleans booleans. Numbers, dates and JSON stay untyped:
 * Query's reads give JSON numbers and strings, `RETURNING *` gives pg's strings and Dates.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above: these values differ by read path
export type UntypedValue = any

/** `T` is the column's value type in rows (phantom: only the type checker sees it). */
export class ColumnBuilder<T = UntypedValue> {
  declare readonly __value?: T
  readonly def: ColumnDef

  constructor(kind: ColumnKind, extra: Partial<ColumnDef> = {}) {
    this.def = {
      kind,
      nullable: false,
      searchable: false,
      unique: false,
      index: false,
      primaryKey: false,
      ...extra,
    }
  }

  nullable(): ColumnBuilder<T | null> {
    this.def.nullable = true
    return this
  }
  default(value: unknown): this {
    this.def.default = value
    return this
  }
  searchable(): this {
    this.def.searchable = true
    return this
  }
  unique(): this {
    this.def.unique = true
    return this
  }
  index(): this {
    this.def.index = true
    return this
  }
  primaryKey(): this {
    this.def.primaryKey = true
    return this
  }
  hidden(): this {
    this.def.hidden = true
    return this
  }
  outputAs(expression: (alias: string) => Sql): this {
    this.def.outputAs = expression
    return this
  }
}

export const column = {
  id: (options: { prefix: string }) => new ColumnBuilder<string>("id", { prefix: options.prefix }),
  text: () => new ColumnBuilder<string>("text"),
  boolean: () => new ColumnBuilder<boolean>("boolean"),
  /** numeric in PostgreSQL, a JSON number on output */
  number: () => new ColumnBuilder("number"),
  integer: () => new ColumnBuilder("integer"),
  /** an auto-incrementing integer (order.display_id) */
  serial: () => new ColumnBuilder("serial"),
  json: () => new ColumnBuilder("json"),
  dateTime: () => new ColumnBuilder("dateTime"),
  enum: (values: readonly string[]) => new ColumnBuilder<string>("enum", { enumValues: values }),
}

export const SQL_TYPES: Record<ColumnKind, string> = {
  id: "text",
  text: "text",
  boolean: "boolean",
  number: "numeric",
  integer: "integer",
  serial: "integer",
  json: "jsonb",
  dateTime: "timestamptz",
  enum: "text",
}
