import { invalidData } from "../errors.js"
import type { ComputedContext } from "../model/index.js"
import { ident, join, raw, sql, type Sql } from "../sql/sql.js"
import { parseFields, parseOrder } from "./fields.js"
import { drivingLink } from "./driving-link.js"
import { compileFilters } from "./filters.js"
import { orderBy, projectRow } from "./project.js"
import { CompileContext } from "./relation-source.js"
import type { Schema } from "./schema.js"

export interface GraphInput {
  entity: string
  fields?: readonly string[]
  filters?: Record<string, unknown>
  pagination?: { skip?: number; take?: number; order?: Record<string, unknown> }
  withDeleted?: boolean
  context?: ComputedContext
}

function nonNegativeInt(value: unknown, name: string): number | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    throw invalidData(`Pagination '${name}' must be a non-negative integer`)
  }
  return value
}

/**
 * One `query.graph` call → one SQL statement returning one row: `count` (when asked) and
 * `data`, the JSON text of the page with every requested relation nested inside it.
 */
export function compileGraph(schema: Schema, input: GraphInput, options: { count: boolean }): Sql {
  const entity = schema.get(input.entity)
  const cx = new CompileContext(schema, input.withDeleted === true, input.context ?? {})
  const tree = parseFields(schema, entity, input.fields ?? ["*"])
  const rootOrder = parseOrder(schema, tree, input.pagination?.order)
  const skip = nonNegativeInt(input.pagination?.skip, "skip")
  const take = nonNegativeInt(input.pagination?.take, "take")

  const alias = cx.alias()
  const driving = drivingLink(cx, entity, alias, input.filters)
  const conditions = compileFilters(cx, entity, alias, driving ? driving.rest : input.filters)
  if (driving) conditions.unshift(...driving.conditions)
  if (entity.softDelete && !cx.withDeleted) conditions.unshift(sql`${ident(alias, "deleted_at")} IS NULL`)
  const where = conditions.length ? sql`WHERE ${join(conditions, " AND ")}` : raw("")
  const from = driving ? driving.from : sql`${ident(entity.table)} ${ident(alias)}`

  const order = orderBy(cx, entity, alias, rootOrder)
  const limit = take !== undefined ? sql` LIMIT ${take}::bigint` : raw("")
  const offset = skip ? sql` OFFSET ${skip}::bigint` : raw("")
  const page = sql`SELECT ${ident(alias)}.* FROM ${from} ${where} ORDER BY ${order}${limit}${offset}`
  const data = sql`(SELECT coalesce(json_agg(${projectRow(cx, tree, alias)} ORDER BY ${order}), '[]'::json) FROM (${page}) ${ident(alias)})::text`
  const count = options.count ? sql`(SELECT count(*) FROM ${from} ${where})` : raw("NULL::bigint")
  return sql`SELECT ${count} AS count, ${data} AS data`
}
