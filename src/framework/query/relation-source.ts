import type { ComputedContext } from "../model/index.js"
import { ident, sql, type Sql } from "../sql/sql.js"
import type { Relation, Schema } from "./schema.js"

/** State shared while compiling one statement: fresh aliases, soft-delete mode, context. */
export class CompileContext {
  private next = 0
  constructor(
    readonly schema: Schema,
    readonly withDeleted: boolean,
    readonly context: ComputedContext,
  ) {}

  alias(): string {
    return `t${this.next++}`
  }
}

export interface RelationSource {
  /** alias of the target rows */
  alias: string
  /** FROM clause reaching the target (through the pivot when there is one) */
  from: Sql
  /** join and visibility conditions */
  where: Sql[]
}

/** How to reach a relation's rows from a parent row aliased `parent`. */
export function relationSource(cx: CompileContext, relation: Relation, parent: string): RelationSource {
  const target = cx.schema.get(relation.target)
  const alias = cx.alias()
  const where: Sql[] = []
  let from: Sql
  if (relation.through) {
    const pivot = cx.alias()
    const t = relation.through
    from = sql`${ident(t.table)} ${ident(pivot)} JOIN ${ident(target.table)} ${ident(alias)} ON ${ident(alias, relation.remoteColumn)} = ${ident(pivot, t.targetColumn)}`
    where.push(sql`${ident(pivot, t.sourceColumn)} = ${ident(parent, relation.localColumn)}`)
    // a dismissed link is invisible from both sides, also with withDeleted
    if (t.softDelete) where.push(sql`${ident(pivot, "deleted_at")} IS NULL`)
  } else {
    from = sql`${ident(target.table)} ${ident(alias)}`
    where.push(sql`${ident(alias, relation.remoteColumn)} = ${ident(parent, relation.localColumn)}`)
  }
  if (target.softDelete && !cx.withDeleted) where.push(sql`${ident(alias, "deleted_at")} IS NULL`)
  return { alias, from, where }
}
