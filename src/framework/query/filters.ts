import { invalidData } from "../errors.js"
import { SQL_TYPES, type ColumnKind } from "../model/index.js"
import { ident, join, raw, sql, type Sql } from "../sql/sql.js"
import { relationSource, type CompileContext } from "./relation-source.js"
import type { Entity } from "./schema.js"

/**
 * Medusa filter objects → SQL conditions. Keys are checked against the entity (columns,
 * computed values, relations, `q`, `$and`, `$or`, `$not`); values always travel as parameters.
 * A relation key (same-module relation or link) becomes an EXISTS through it.
 */

const MAX_DEPTH = 8
const OPERATORS = new Set([
  "$eq",
  "$ne",
  "$in",
  "$nin",
  "$gt",
  "$gte",
  "$lt",
  "$lte",
  "$like",
  "$ilike",
  "$re",
  "$contains",
  "$is",
  "$exists",
  "$not",
])

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date)
}

/** Checks and normalises one scalar for a column type; the name is for the error message. */
function scalar(kind: ColumnKind, value: unknown, name: string): unknown {
  const bad = () => invalidData(`Invalid value for filter '${name}': ${JSON.stringify(value)}`)
  switch (kind) {
    case "boolean":
      if (value === true || value === "true") return true
      if (value === false || value === "false") return false
      throw bad()
    case "number":
    case "integer":
    case "serial": {
      const n =
        typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : NaN
      if (!Number.isFinite(n) || ((kind === "integer" || kind === "serial") && !Number.isInteger(n))) throw bad()
      if (Math.abs(n) > 2_147_483_647 && kind !== "number") throw bad()
      return n
    }
    case "dateTime": {
      const d = value instanceof Date ? value : typeof value === "string" ? new Date(value) : undefined
      if (!d || Number.isNaN(d.getTime())) throw bad()
      return d.toISOString()
    }
    case "json":
      return JSON.stringify(value)
    default:
      if (typeof value === "string") return value.replace(/\u0000/g, "")
      if (typeof value === "number" && Number.isFinite(value)) return String(value)
      throw bad()
  }
}

function param(kind: ColumnKind, value: unknown, name: string): Sql {
  return sql`${scalar(kind, value, name)}::${raw(SQL_TYPES[kind])}`
}

function arrayParam(kind: ColumnKind, values: unknown, name: string): Sql {
  if (!Array.isArray(values)) throw invalidData(`Filter '${name}' expects a list`)
  if (kind === "json") throw invalidData(`Filter '${name}' does not accept a list`)
  return sql`${values.map((v) => scalar(kind, v, name))}::${raw(SQL_TYPES[kind])}[]`
}

/** `%`, `_` and `\` in user text are literal in a substring search. */
export function likeSubstring(text: string): string {
  return "%" + text.replace(/\u0000/g, "").replace(/[\\%_]/g, (c) => "\\" + c) + "%"
}

/**
 * Timestamps are stored to the microsecond but shown, and compared as Medusa's are, to the
 * millisecond (`created_at[$gt]=<a row's created_at>` leaves that row out). A comparison with a
 * (millisecond) value becomes a range on the column itself, so the column's indexes still serve.
 */
function dateTimeCondition(ref: Sql, op: string, value: unknown, name: string): Sql | undefined {
  if (op === "$in" || op === "$nin") {
    const truncated = sql`date_trunc('milliseconds', ${ref}) = ANY(${arrayParam("dateTime", value, name)})`
    return op === "$in" ? truncated : sql`NOT (${truncated})`
  }
  if (value === null || typeof value === "object") return undefined
  const at = param("dateTime", value, name)
  const next = sql`(${at} + interval '1 millisecond')`
  switch (op) {
    case "$eq":
      return sql`(${ref} >= ${at} AND ${ref} < ${next})`
    case "$ne":
      return sql`NOT (${ref} >= ${at} AND ${ref} < ${next})`
    case "$gt":
      return sql`${ref} >= ${next}`
    case "$gte":
      return sql`${ref} >= ${at}`
    case "$lt":
      return sql`${ref} < ${at}`
    case "$lte":
      return sql`${ref} < ${next}`
  }
  return undefined
}

function operatorCondition(ref: Sql, kind: ColumnKind, op: string, value: unknown, name: string): Sql {
  const onTimestamp = kind === "dateTime" ? dateTimeCondition(ref, op, value, name) : undefined
  if (onTimestamp) return onTimestamp
  switch (op) {
    case "$eq":
      return value === null ? sql`${ref} IS NULL` : sql`${ref} = ${param(kind, value, name)}`
    case "$ne":
      return value === null ? sql`${ref} IS NOT NULL` : sql`${ref} <> ${param(kind, value, name)}`
    case "$in":
      return sql`${ref} = ANY(${arrayParam(kind, value, name)})`
    case "$nin":
      return sql`NOT (${ref} = ANY(${arrayParam(kind, value, name)}))`
    case "$gt":
      return sql`${ref} > ${param(kind, value, name)}`
    case "$gte":
      return sql`${ref} >= ${param(kind, value, name)}`
    case "$lt":
      return sql`${ref} < ${param(kind, value, name)}`
    case "$lte":
      return sql`${ref} <= ${param(kind, value, name)}`
    case "$like":
    case "$ilike": {
      if (typeof value !== "string") throw invalidData(`Filter '${name}' expects a string for ${op}`)
      const text = raw(kind === "text" || kind === "id" || kind === "enum" ? "" : "::text")
      return sql`${ref}${text} ${raw(op === "$like" ? "LIKE" : "ILIKE")} ${value.replace(/\u0000/g, "")}::text`
    }
    case "$re":
      if (typeof value !== "string") throw invalidData(`Filter '${name}' expects a string for $re`)
      return sql`${ref}::text ~ ${value.replace(/\u0000/g, "")}::text`
    case "$contains":
      if (kind !== "json") throw invalidData(`Filter '${name}' does not support $contains`)
      return sql`${ref} @> ${param(kind, value, name)}`
    case "$is":
    case "$exists": {
      const wantNull = op === "$is" ? value === null || value === "null" : value === false || value === "false"
      if (op === "$is" && !(value === null || value === "null" || value === "not null"))
        throw invalidData(`Filter '${name}' accepts only null or "not null" for $is`)
      return wantNull ? sql`${ref} IS NULL` : sql`${ref} IS NOT NULL`
    }
    case "$not":
      if (!isPlainObject(value)) throw invalidData(`Filter '${name}' expects an object for $not`)
      return sql`NOT (${valueCondition(ref, kind, value, name)})`
    default:
      throw invalidData(`Unknown operator '${op}' in filter '${name}'`)
  }
}

function valueCondition(ref: Sql, kind: ColumnKind, value: unknown, name: string): Sql {
  if (value === null) return sql`${ref} IS NULL`
  if (Array.isArray(value)) {
    if (value.length === 0) return raw("FALSE")
    if (kind === "dateTime") return operatorCondition(ref, kind, "$in", value, name)
    return sql`${ref} = ANY(${arrayParam(kind, value, name)})`
  }
  if (isPlainObject(value)) {
    const keys = Object.keys(value)
    const ops = keys.filter((k) => k.startsWith("$"))
    if (ops.length === 0 && kind === "json") return sql`${ref} @> ${param(kind, value, name)}`
    if (ops.length !== keys.length || keys.length === 0) {
      throw invalidData(`Invalid value for filter '${name}': ${JSON.stringify(value).slice(0, 100)}`)
    }
    return join(
      ops.map((op) => {
        if (!OPERATORS.has(op)) throw invalidData(`Unknown operator '${op}' in filter '${name}'`)
        return operatorCondition(ref, kind, op, value[op], name)
      }),
      " AND ",
    )
  }
  if (kind === "dateTime") return operatorCondition(ref, kind, "$eq", value, name)
  return sql`${ref} = ${param(kind, value, name)}`
}

/** Medusa 2.21 searches word by word: every whitespace-separated word must match a searchable column. */
function searchCondition(cx: CompileContext, entity: Entity, alias: string, q: unknown, depth: number): Sql {
  if (typeof q !== "string") throw invalidData("Filter 'q' expects a string")
  const words = q.split(/\s+/).filter(Boolean)
  if (words.length === 0) return raw("TRUE")
  return sql`(${join(
    words.map((word) => wordCondition(cx, entity, alias, word, depth)),
    " AND ",
  )})`
}

function wordCondition(cx: CompileContext, entity: Entity, alias: string, word: string, depth: number): Sql {
  const pattern = likeSubstring(word)
  // a searchable number (order.display_id) is searched as text, as Medusa casts it
  const searched = (e: Entity, a: string, c: string) =>
    ["text", "id", "enum"].includes(e.columns[c].kind) ? ident(a, c) : sql`${ident(a, c)}::text`
  const parts: Sql[] = entity.searchable.map((c) => sql`${searched(entity, alias, c)} ILIKE ${pattern}::text`)
  for (const relation of Object.values(entity.relations)) {
    if (!relation.searchable || depth > 1) continue
    const target = cx.schema.get(relation.target)
    const src = relationSource(cx, relation, alias)
    const inner = target.searchable.map((c) => sql`${searched(target, src.alias, c)} ILIKE ${pattern}::text`)
    if (inner.length)
      parts.push(sql`EXISTS (SELECT 1 FROM ${src.from} WHERE ${join(src.where, " AND ")} AND (${join(inner, " OR ")}))`)
  }
  if (parts.length === 0) throw invalidData(`Entity '${entity.name}' does not support free-text search 'q'`)
  return sql`(${join(parts, " OR ")})`
}

export function compileFilters(cx: CompileContext, entity: Entity, alias: string, filters: unknown, depth = 0): Sql[] {
  if (filters === undefined || filters === null) return []
  if (!isPlainObject(filters)) throw invalidData(`Filters for '${entity.name}' must be an object`)
  if (depth > MAX_DEPTH) throw invalidData("Filters are nested too deeply")
  const conditions: Sql[] = []
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined) continue
    if (key === "$and" || key === "$or") {
      if (!Array.isArray(value)) throw invalidData(`Filter '${key}' expects a list`)
      if (value.length === 0) continue
      const groups = value.map((f) => {
        const inner = compileFilters(cx, entity, alias, f, depth + 1)
        return inner.length ? sql`(${join(inner, " AND ")})` : raw("TRUE")
      })
      conditions.push(sql`(${join(groups, key === "$and" ? " AND " : " OR ")})`)
    } else if (key === "$not") {
      const inner = compileFilters(cx, entity, alias, value, depth + 1)
      if (inner.length) conditions.push(sql`NOT (${join(inner, " AND ")})`)
    } else if (key === "q") {
      if (value === "") continue
      conditions.push(searchCondition(cx, entity, alias, value, depth))
    } else if (entity.columns[key]) {
      conditions.push(valueCondition(ident(alias, key), entity.columns[key].kind, value, key))
    } else if (entity.computed[key] && entity.computed[key].inStar) {
      const def = entity.computed[key]
      conditions.push(valueCondition(sql`(${def.expression(alias, cx.context)})`, def.type, value, key))
    } else if (entity.relations[key]) {
      const relation = entity.relations[key]
      const target = cx.schema.get(relation.target)
      const src = relationSource(cx, relation, alias)
      const inner = compileFilters(cx, target, src.alias, value, depth + 1)
      conditions.push(sql`EXISTS (SELECT 1 FROM ${src.from} WHERE ${join([...src.where, ...inner], " AND ")})`)
    } else {
      throw invalidData(`Entity '${entity.name}' does not have property '${key}' to filter by`)
    }
  }
  return conditions
}
