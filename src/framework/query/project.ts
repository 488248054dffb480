import { ident, join, raw, sql, type Sql } from "../sql/sql.js"
import type { FieldTree, OrderTerm } from "./fields.js"
import { relationSource, type CompileContext } from "./relation-source.js"
import type { Entity } from "./schema.js"

/**
 * Builds, in SQL, the JSON of one row and of its requested relations: nested lists are
 * correlated subqueries aggregated with json_agg, single relations are one-row subqueries.
 * PostgreSQL produces the final JSON text; no per-row JavaScript runs.
 */

// json_build_object takes at most 100 arguments
const PAIRS_PER_OBJECT = 50

/** A column as Medusa's JSON shows it: timestamps as ISO-8601 UTC with milliseconds. */
export function columnValue(entity: Entity, alias: string, column: string): Sql {
  const ref = ident(alias, column)
  const outputAs = entity.columns[column]?.outputAs
  if (outputAs) return sql`(${outputAs(alias)})`
  if (entity.columns[column]?.kind === "dateTime") {
    return sql`to_char(${ref} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`
  }
  return ref
}

function buildObject(pairs: [string, Sql][]): Sql {
  if (pairs.length === 0) return raw("'{}'::json")
  const chunks: Sql[] = []
  for (let i = 0; i < pairs.length; i += PAIRS_PER_OBJECT) {
    const args = pairs.slice(i, i + PAIRS_PER_OBJECT).map(([k, v]) => sql`${raw(quoteLiteral(k))}, ${v}`)
    chunks.push(sql`json_build_object(${join(args)})`)
  }
  return chunks.length === 1
    ? chunks[0]
    : sql`(${join(
        chunks.map((c) => sql`${c}::jsonb`),
        " || ",
      )})::json`
}

/** Keys come from model declarations (identifier-like), but quote them properly anyway. */
function quoteLiteral(text: string): string {
  return "'" + text.replace(/'/g, "''") + "'"
}

/** A sort key of a row, following to-one relations through scalar subqueries. */
export function orderExpression(cx: CompileContext, entity: Entity, alias: string, path: string[]): Sql {
  const [head, ...rest] = path
  if (rest.length === 0) {
    const computed = entity.computed[head]
    return computed ? sql`(${computed.expression(alias, cx.context)})` : ident(alias, head)
  }
  const relation = entity.relations[head]
  const src = relationSource(cx, relation, alias)
  const inner = orderExpression(cx, cx.schema.get(relation.target), src.alias, rest)
  return sql`(SELECT ${inner} FROM ${src.from} WHERE ${join(src.where, " AND ")} LIMIT 1)`
}

export function orderBy(cx: CompileContext, entity: Entity, alias: string, terms: OrderTerm[]): Sql {
  const keys = terms.map((t) => sql`${orderExpression(cx, entity, alias, t.path)} ${raw(t.direction)}`)
  // ids are ULIDs: a final id ASC makes any order total, and is Medusa's default order
  if (entity.columns.id && !terms.some((t) => t.path.length === 1 && t.path[0] === "id")) {
    keys.push(sql`${ident(alias, "id")} ASC`)
  }
  return join(keys)
}

export function projectRow(cx: CompileContext, tree: FieldTree, alias: string): Sql {
  const entity = tree.entity
  const pairs: [string, Sql][] = []
  const optional: [string, Sql, Sql][] = []
  for (const column of tree.columns) pairs.push([column, columnValue(entity, alias, column)])
  for (const name of tree.computed) {
    const def = entity.computed[name]
    const value = sql`(${def.expression(alias, cx.context)})`
    if (def.omitWhen) optional.push([name, value, def.omitWhen(alias)])
    else pairs.push([name, value])
  }
  for (const [name, sub] of tree.relations) {
    const relation = entity.relations[name]
    const src = relationSource(cx, relation, alias)
    const row = projectRow(cx, sub, src.alias)
    const where = join(src.where, " AND ")
    if (relation.cardinality === "many") {
      const order = orderBy(cx, sub.entity, src.alias, sub.order)
      pairs.push([
        name,
        sql`(SELECT coalesce(json_agg(${row} ORDER BY ${order}), '[]'::json) FROM ${src.from} WHERE ${where})`,
      ])
    } else {
      pairs.push([name, sql`(SELECT ${row} FROM ${src.from} WHERE ${where} LIMIT 1)`])
    }
  }
  if (optional.length === 0) return buildObject(pairs)
  // keys Medusa leaves out entirely under a condition (variants.inventory_quantity): one CASE
  // branch per combination, each a plain json_build_object (no json → jsonb → json round trip)
  if (optional.length <= 3) return branches(pairs, optional)
  const extras = optional.map(
    ([name, value, omit]) =>
      sql`CASE WHEN ${omit} THEN '{}'::jsonb ELSE jsonb_build_object(${raw(quoteLiteral(name))}, ${value}) END`,
  )
  return sql`(${buildObject(pairs)}::jsonb || ${join(extras, " || ")})::json`
}

function branches(pairs: [string, Sql][], optional: [string, Sql, Sql][]): Sql {
  if (optional.length === 0) return buildObject(pairs)
  const [[name, value, omit], ...rest] = optional
  return sql`CASE WHEN ${omit} THEN ${branches(pairs, rest)} ELSE ${branches([...pairs, [name, value]], rest)} END`
}
