import type { Sql } from "../sql/sql.js"
import { ColumnBuilder, column, type ColumnDef, type ColumnKind } from "./columns.js"

/**
 * The model DSL. A module declares each model once; its table shape (migrations are checked
 * against it), its generated service and its Query schema all come from this declaration.
 */

export interface RelationDef {
  kind: "hasMany" | "belongsTo" | "manyToMany"
  target: () => ModelDef
  /** hasMany: the column on the target pointing here; belongsTo: the column here. */
  foreignKey?: string
  /** manyToMany: pivot table and its two columns (this side, the target side). */
  pivot?: { table: string; joinColumn: string; inverseJoinColumn: string }
  /** q also searches the target's searchable columns */
  searchable: boolean
  /** belongsTo: what the foreign key does when the target row is hard-deleted */
  onDelete?: "cascade" | "set null"
}

export interface ComputedContext {
  [key: string]: unknown
}

export interface ComputedDef {
  type: ColumnKind
  /** SQL for the value, given the alias of this model's row. */
  expression: (alias: string, context: ComputedContext) => Sql
  /** When this SQL is true the key is left out of the output (Medusa omits some computed keys). */
  omitWhen?: (alias: string) => Sql
  /** Included in `*` (only context-free values are). */
  inStar: boolean
}

/**
 * A relation's target, given lazily (models refer to each other). Typed `object`, not
 * `() => ModelDef`: checking the thunk's return type would make each model's inferred type depend
 * on the other's (a circular initializer); `define` keeps the thunk as `() => ModelDef`.
 */
export type LazyModel = object

/** The typed columns of a model's rows (see `ColumnBuilder`), from its schema. */
export type ColumnsOf<S> = {
  [K in keyof S as S[K] extends ColumnBuilder<unknown> ? K : never]: S[K] extends ColumnBuilder<infer T> ? T : never
}

/** `R`: the row type of the model's generated service (phantom, from the declared columns). */
export interface ModelDef<R = unknown> {
  readonly __row?: R
  /** snake_case singular: `sales_channel` */
  name: string
  tableName: string
  /** PascalCase singular / plural, for generated method names: SalesChannel / SalesChannels */
  pascal: string
  pascalPlural: string
  idPrefix: string
  columns: Record<string, ColumnDef>
  relations: Record<string, RelationDef>
  computed: Record<string, ComputedDef>
  /** hasMany relations whose rows are soft-deleted (and restored) with this one */
  cascade: string[]
  /** the key links use for this model's ids (`product_id`, `variant_id`…) */
  linkableKey: string
  /** composite indexes (single-column ones are declared on the column) */
  indexes: { columns: string[]; unique?: boolean }[]
  /** more names Query accepts for this entity (`variant` for product_variant) */
  aliases: string[]
}

export class RelationBuilder {
  readonly def: RelationDef
  constructor(def: Omit<RelationDef, "searchable">) {
    this.def = { ...def, searchable: false }
  }
  searchable(): this {
    this.def.searchable = true
    return this
  }
}

export class ComputedBuilder {
  constructor(readonly def: ComputedDef) {}
}

type SchemaEntry = ColumnBuilder | RelationBuilder | ComputedBuilder

export const model = {
  ...column,
  hasMany: (target: LazyModel, options: { foreignKey: string }) =>
    new RelationBuilder({ kind: "hasMany", target: thunk(target), foreignKey: options.foreignKey }),
  belongsTo: (target: LazyModel, options: { foreignKey: string; onDelete?: "cascade" | "set null" }) =>
    new RelationBuilder({
      kind: "belongsTo",
      target: thunk(target),
      foreignKey: options.foreignKey,
      onDelete: options.onDelete,
    }),
  manyToMany: (target: LazyModel, pivot: { table: string; joinColumn: string; inverseJoinColumn: string }) =>
    new RelationBuilder({ kind: "manyToMany", target: thunk(target), pivot }),
  computed: (def: Omit<ComputedDef, "inStar"> & { inStar?: boolean }) => new ComputedBuilder({ inStar: true, ...def }),
  define,
}

function thunk(target: LazyModel): () => ModelDef {
  if (typeof target !== "function") throw new Error("a relation's target is a function returning its model")
  return target as () => ModelDef
}

export function pascalCase(snake: string): string {
  return snake.replace(/(^|_)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase())
}

export function pluralize(word: string): string {
  if (/[^aeiou]y$/.test(word)) return word.slice(0, -1) + "ies"
  if (/(s|x|z|ch|sh)$/.test(word)) return word + "es"
  return word + "s"
}

function define<const S extends Record<string, SchemaEntry>>(
  name: string,
  schema: S,
  options: {
    tableName?: string
    pascal?: string
    pascalPlural?: string
    cascade?: string[]
    linkableKey?: string
    indexes?: { columns: string[]; unique?: boolean }[]
    aliases?: string[]
  } = {},
): ModelDef<ColumnsOf<S>> {
  const columns: Record<string, ColumnDef> = {}
  const relations: Record<string, RelationDef> = {}
  const computed: Record<string, ComputedDef> = {}
  let idPrefix = ""
  for (const [key, entry] of Object.entries(schema)) {
    if (entry instanceof ColumnBuilder) {
      columns[key] = entry.def
      if (entry.def.kind === "id") idPrefix = entry.def.prefix ?? ""
    } else if (entry instanceof RelationBuilder) {
      relations[key] = entry.def
    } else {
      computed[key] = entry.def
    }
  }
  if (!columns.id) throw new Error(`model ${name} needs an id column`)
  for (const rel of Object.values(relations)) {
    // a belongsTo owns its foreign key column
    if (rel.kind === "belongsTo" && rel.foreignKey && !columns[rel.foreignKey]) {
      columns[rel.foreignKey] = model.text().index().def
    }
  }
  columns.created_at = model.dateTime().def
  columns.updated_at = model.dateTime().def
  columns.deleted_at = model.dateTime().nullable().def
  const pascal = options.pascal ?? pascalCase(name)
  return {
    name,
    tableName: options.tableName ?? name,
    pascal,
    pascalPlural: options.pascalPlural ?? pluralize(pascal),
    idPrefix,
    columns,
    relations,
    computed,
    cascade: options.cascade ?? [],
    linkableKey: options.linkableKey ?? `${name}_id`,
    indexes: options.indexes ?? [],
    aliases: options.aliases ?? [],
  }
}
