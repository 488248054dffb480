import { ident, join, sql, type Sql } from "../sql/sql.js"
import { compileFilters } from "./filters.js"
import type { CompileContext } from "./relation-source.js"
import type { Entity, Relation } from "./schema.js"

export interface DrivingLink {
  /** the root's FROM: the pivot rows of one partner, joined to the root */
  from: Sql
  /** conditions on the pivot and the partner that replace the root filter's EXISTS */
  conditions: Sql[]
  /** the root filters left to compile as usual */
  rest: Record<string, unknown>
}

function single(value: unknown): string | undefined {
  if (typeof value === "string") return value
  if (Array.isArray(value) && value.length === 1 && typeof value[0] === "string") return value[0]
  return undefined
}

/**
 * "Rows linked to ONE partner" (products of one sales channel) read from the pivot, not
 * checked per root row: `FROM pivot JOIN root` with the pivot's (partner, root id) index
 * giving rows in id order. With an EXISTS the planner walks the root's id index and tests
 * each row, which is fast only when linked rows are spread evenly; when they cluster at the
 * other end (a channel of old products listed newest first) it reads most of the table. One
 * partner id and the pair being the pivot's primary key mean each root row appears once.
 */
export function drivingLink(
  cx: CompileContext,
  entity: Entity,
  alias: string,
  filters: unknown,
): DrivingLink | undefined {
  if (typeof filters !== "object" || filters === null || Array.isArray(filters)) return undefined
  for (const [key, value] of Object.entries(filters)) {
    const relation = entity.relations[key]
    const pivotRows = relation && pivotDrivingLink(cx, entity, alias, filters, key, relation)
    if (pivotRows) return pivotRows
    if (!relation?.through?.softDelete || relation.cardinality !== "many" || relation.localColumn !== "id") continue
    if (typeof value !== "object" || value === null || Array.isArray(value)) continue
    const { id, ...partnerFilters } = value as Record<string, unknown>
    const partnerId = single(id)
    if (partnerId === undefined) continue
    const through = relation.through
    const target = cx.schema.get(relation.target)
    const pivot = cx.alias()
    const partner = cx.alias()
    const partnerConditions = [
      sql`${ident(partner, relation.remoteColumn)} = ${ident(pivot, through.targetColumn)}`,
      ...(target.softDelete && !cx.withDeleted ? [sql`${ident(partner, "deleted_at")} IS NULL`] : []),
      ...compileFilters(cx, target, partner, partnerFilters, 1),
    ]
    const { [key]: _driving, ...rest } = filters as Record<string, unknown>
    return {
      from: sql`${ident(through.table)} ${ident(pivot)} JOIN ${ident(entity.table)} ${ident(alias)} ON ${ident(alias, "id")} = ${ident(pivot, through.sourceColumn)}`,
      conditions: [
        sql`${ident(pivot, through.targetColumn)} = ${partnerId}::text`,
        sql`${ident(pivot, "deleted_at")} IS NULL`,
        sql`EXISTS (SELECT 1 FROM ${ident(target.table)} ${ident(partner)} WHERE ${join(partnerConditions, " AND ")})`,
      ],
      rest,
    }
  }
  return undefined
}

/**
 * The same for a filter on the link rows themselves (`sales_channels_link: { sales_channel_id,
 * visible, … }`, the store's listing rules): one partner id, the other conditions on the pivot row.
 */
function pivotDrivingLink(
  cx: CompileContext,
  entity: Entity,
  alias: string,
  filters: object,
  key: string,
  relation: Relation,
): DrivingLink | undefined {
  const partnerColumn = relation.pivotPartner
  const value: unknown = (filters as Record<string, unknown>)[key]
  if (!partnerColumn || relation.cardinality !== "many" || relation.localColumn !== "id") return undefined
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined
  const { [partnerColumn]: partner, ...pivotFilters } = value as Record<string, unknown>
  const partnerId = single(partner)
  if (partnerId === undefined) return undefined
  const target = cx.schema.get(relation.target)
  const pivot = cx.alias()
  const { [key]: _driving, ...rest } = filters as Record<string, unknown>
  return {
    from: sql`${ident(target.table)} ${ident(pivot)} JOIN ${ident(entity.table)} ${ident(alias)} ON ${ident(alias, "id")} = ${ident(pivot, relation.remoteColumn)}`,
    conditions: [
      sql`${ident(pivot, partnerColumn)} = ${partnerId}::text`,
      ...(target.softDelete && !cx.withDeleted ? [sql`${ident(pivot, "deleted_at")} IS NULL`] : []),
      ...compileFilters(cx, target, pivot, pivotFilters, 1),
    ],
    rest,
  }
}
