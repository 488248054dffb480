import type { Executor } from "../../db/executor.js"
import { invalidData, notFound } from "../errors.js"
import { generateId } from "../ids.js"
import { SQL_TYPES, type ModelDef } from "../model/index.js"
import { Query } from "../query/query.js"
import { compileFilters } from "../query/filters.js"
import { CompileContext } from "../query/relation-source.js"
import type { Schema } from "../query/schema.js"
import { ident, join, raw, sql, type Sql } from "../sql/sql.js"

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- filters, writes and the untyped part of rows (see `StoredRow`)
export type Row = Record<string, any>

export interface FindConfig {
  select?: string[]
  relations?: string[]
  skip?: number
  take?: number
  order?: Record<string, "ASC" | "DESC" | "asc" | "desc">
  withDeleted?: boolean
}

/**
 * A row a generated method returns: the model's declared text, id, enum and boolean columns typed
 * (`ColumnsOf`, nullable ones with `| null`); other columns, relations and computed values untyped.
 */
export type StoredRow<C = unknown> = { id: string } & C & Row

/** The row type of a model's generated service: `ModelRow<typeof SalesChannel>`. */
export type ModelRow<M> = M extends ModelDef<infer C> ? StoredRow<C> : never

/** Keys removed by a soft delete, by linkable key (`{ product_id: [...], variant_id: [...] }`). */
export type CascadedIds = Record<string, string[]>

/**
 * The operations every generated module service offers for one model. Reads go through the
 * Query compiler on the module's own schema; writes are single statements.
 */
export class ModelRepository<C = unknown> {
  constructor(
    readonly model: ModelDef<C>,
    private readonly schema: Schema,
    private readonly db: Executor,
  ) {}

  private fields(config: FindConfig): string[] {
    const fields = [...(config.select ?? ["*"])]
    for (const relation of config.relations ?? []) fields.push(`${relation}.*`)
    return fields
  }

  async list(filters: Row = {}, config: FindConfig = {}): Promise<StoredRow<C>[]> {
    const query = new Query(this.schema, this.db)
    const { data } = await query.graph<StoredRow<C>>({
      entity: this.model.name,
      fields: this.fields(config),
      filters,
      pagination: { skip: config.skip, take: config.take, order: config.order },
      withDeleted: config.withDeleted,
    })
    return data
  }

  async listAndCount(filters: Row = {}, config: FindConfig = {}): Promise<[StoredRow<C>[], number]> {
    const query = new Query(this.schema, this.db)
    const { data, metadata } = await query.graph<StoredRow<C>>({
      entity: this.model.name,
      fields: this.fields(config),
      filters,
      pagination: { skip: config.skip ?? 0, take: config.take, order: config.order },
      withDeleted: config.withDeleted,
    })
    return [data, metadata!.count]
  }

  async retrieve(id: string, config: FindConfig = {}): Promise<StoredRow<C>> {
    if (typeof id !== "string" || id === "") throw notFound(`${this.model.pascal} id must be defined`)
    const [row] = await this.list({ id }, { ...config, take: 1 })
    if (!row) throw notFound(`${this.model.pascal} with id: ${id} was not found`)
    return row
  }

  private writableColumns(): string[] {
    return Object.entries(this.model.columns)
      .filter(([name, c]) => c.kind !== "serial" && !["created_at", "updated_at", "deleted_at"].includes(name))
      .map(([name]) => name)
  }

  private checkKeys(data: Row) {
    for (const key of Object.keys(data)) {
      if (!this.model.columns[key] || key === "created_at" || key === "updated_at") {
        throw invalidData(`${this.model.pascal} has no writable field '${key}'`)
      }
    }
  }

  /** Inserts every row in one statement (rows travel as one JSON parameter). */
  async create(rows: Row[]): Promise<StoredRow<C>[]> {
    if (rows.length === 0) return []
    const columns = this.writableColumns()
    const prepared = rows.map((data) => {
      this.checkKeys(data)
      const row: Row = {}
      for (const name of columns) {
        const def = this.model.columns[name]
        let value = data[name]
        if (value === undefined) value = name === "id" ? generateId(this.model.idPrefix) : def.default
        if (typeof value === "function") value = value()
        row[name] = value ?? null
      }
      if (data.deleted_at !== undefined) row.deleted_at = data.deleted_at
      return row
    })
    const list = [...columns, "deleted_at"]
    const names = join(list.map((c) => ident(c)))
    const values = join(list.map((c) => ident("r", c)))
    const table = ident(this.model.tableName)
    return this.db.query(
      sql`INSERT INTO ${table} (${names}, "created_at", "updated_at")
          SELECT ${values}, now(), now() FROM jsonb_populate_recordset(NULL::${table}, ${JSON.stringify(prepared)}::jsonb) r
          RETURNING *`,
      { prepare: true }, // one text per model, whatever the number of rows
    )
  }

  private assignments(data: Row): Sql[] {
    this.checkKeys(data)
    const sets: Sql[] = []
    for (const [name, value] of Object.entries(data)) {
      if (value === undefined || name === "id") continue
      const def = this.model.columns[name]
      const type = raw(SQL_TYPES[def.kind])
      if (def.kind === "json") {
        const json = value === null ? null : JSON.stringify(value)
        if (name === "metadata" && value !== null) {
          // Medusa 2.21: metadata merges shallowly; a key set to "" is removed
          sets.push(sql`"metadata" = (SELECT coalesce(jsonb_object_agg(e.key, e.value), '{}'::jsonb)
            FROM jsonb_each(coalesce("metadata", '{}'::jsonb) || ${json}::jsonb) e WHERE e.value <> '""'::jsonb)`)
        } else {
          sets.push(sql`${ident(name)} = ${json}::jsonb`)
        }
      } else {
        sets.push(sql`${ident(name)} = ${value}::${type}`)
      }
    }
    return sets
  }

  /** Updates the live rows matching `filters` with the same data; returns the updated rows. */
  async updateWhere(filters: Row, data: Row): Promise<StoredRow<C>[]> {
    const sets = this.assignments(data)
    const cx = new CompileContext(this.schema, false, {})
    const alias = "t"
    const where = [
      sql`${ident(alias, "deleted_at")} IS NULL`,
      ...compileFilters(cx, this.schema.get(this.model.name), alias, filters),
    ]
    if (sets.length === 0) {
      return this.db.query(
        sql`SELECT * FROM ${ident(this.model.tableName)} ${ident(alias)} WHERE ${join(where, " AND ")}`,
      )
    }
    return this.db.query(
      sql`UPDATE ${ident(this.model.tableName)} ${ident(alias)} SET ${join(sets)}, "updated_at" = now()
          WHERE ${join(where, " AND ")} RETURNING *`,
    )
  }

  async update(id: string, data: Row): Promise<StoredRow<C>> {
    const [row] = await this.updateWhere({ id }, data)
    if (!row) throw notFound(`${this.model.pascal} with id "${id}" not found`)
    return row
  }

  async delete(ids: string[]): Promise<void> {
    if (ids.length === 0) return
    await this.db.query(sql`DELETE FROM ${ident(this.model.tableName)} WHERE id = ANY(${ids}::text[])`)
  }

  /**
   * Soft-deletes (or restores) rows and, recursively, the rows of their cascading relations.
   * A restore brings back only the children deleted together with their parent (same
   * transaction time), not those deleted earlier on their own.
   */
  async setDeleted(ids: string[], deleted: boolean, into: CascadedIds = {}): Promise<CascadedIds> {
    if (ids.length === 0) return into
    const table = ident(this.model.tableName)
    const changed = await this.db.query<{ id: string; was: string | null }>(
      deleted
        ? sql`UPDATE ${table} SET deleted_at = now() WHERE id = ANY(${ids}::text[]) AND deleted_at IS NULL RETURNING id, NULL AS was`
        : sql`UPDATE ${table} t SET deleted_at = NULL FROM ${table} old
              WHERE t.id = old.id AND t.id = ANY(${ids}::text[]) AND t.deleted_at IS NOT NULL
              RETURNING t.id, old.deleted_at::text AS was`,
    )
    const changedIds = changed.map((r) => r.id)
    ;(into[this.model.linkableKey] ??= []).push(...changedIds)
    if (changedIds.length === 0) return into
    for (const relationName of this.model.cascade) {
      const relation = this.model.relations[relationName]
      const child = relation.target()
      const childRepo = new ModelRepository(child, this.schema, this.db)
      const fk = ident(relation.foreignKey!)
      const rows = await this.db.query<{ id: string }>(
        deleted
          ? sql`SELECT id FROM ${ident(child.tableName)} WHERE ${fk} = ANY(${changedIds}::text[]) AND deleted_at IS NULL`
          : sql`SELECT c.id FROM ${ident(child.tableName)} c
                JOIN unnest(${changedIds}::text[], ${changed.map((r) => r.was)}::timestamptz[]) AS p(id, was)
                  ON c.${fk} = p.id AND c.deleted_at = p.was`,
      )
      await childRepo.setDeleted(
        rows.map((r) => r.id),
        deleted,
        into,
      )
    }
    return into
  }
}
