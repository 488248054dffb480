import type { Executor } from "../../db/executor.js"
import { invalidData, notFound } from "../errors.js"
import { generateId } from "../ids.js"
import { SQL_TYPES } from "../model/index.js"
import { ident, join, raw, sql, type Sql } from "../sql/sql.js"
import type { StoredLinkDef, StoredLinkSide } from "./define-link.js"

/**
 * Link (docs/medusa-contract.md §4): create / dismiss / delete / restore / list stored links with Medusa's
 * argument shape `{ [module]: { [key]: id }, data? }`. Always called inside a transaction;
 * every change emits `Link<Entity>.attached|detached` carrying both ids.
 */

export type LinkDefinition = Record<string, Record<string, unknown>>
export type CascadeSelector = Record<string, Record<string, string | string[]>>

export interface LinkWriteContext {
  db: Executor
  emit(name: string, data: Record<string, unknown>): void
}

interface Resolved {
  link: StoredLinkDef
  leftId: string
  rightId: string
  data: Record<string, unknown>
}

function asIdList(value: string | string[]): string[] {
  return Array.isArray(value) ? value : [value]
}

export interface LinkUpdate {
  row: Record<string, unknown>
  changed: Record<string, unknown>
  previous: Record<string, unknown>
}

/** Equal as stored: timestamps by their instant, everything else by value. */
function sameValue(kind: string, a: unknown, b: unknown): boolean {
  if (a == null || b == null) return a == null && b == null
  if (kind === "dateTime") return new Date(a as string).getTime() === new Date(b as string).getTime()
  return String(a) === String(b)
}

export class LinkApi {
  constructor(
    private readonly links: StoredLinkDef[],
    private readonly cx: LinkWriteContext,
  ) {}

  private find(def: LinkDefinition, method: string): { link: StoredLinkDef; flipped: boolean } {
    const modules = Object.keys(def).filter((k) => k !== "data")
    if (modules.length !== 2) throw invalidData("Only two modules can be linked.")
    const [m1, m2] = modules
    const k1 = Object.keys(def[m1] ?? {})[0]
    const k2 = Object.keys(def[m2] ?? {})[0]
    const matches = (side: StoredLinkSide, module: string, key: string) => side.module === module && side.key === key
    for (const link of this.links) {
      if (matches(link.left, m1, k1) && matches(link.right, m2, k2)) return { link, flipped: false }
      // Medusa insists on the declared order; the pair is unambiguous either way, so accept both
      if (matches(link.left, m2, k2) && matches(link.right, m1, k1)) return { link, flipped: true }
    }
    throw invalidData(
      `Module to type ${m1} and ${m2} by keys ${k1} and ${k2} was not found. Ensure the link exists, keys are correct, and link is passed in the correct order to method 'remoteLink.${method}'.`,
    )
  }

  private resolve(defs: LinkDefinition | LinkDefinition[], method: string): Map<StoredLinkDef, Resolved[]> {
    const byLink = new Map<StoredLinkDef, Resolved[]>()
    for (const def of Array.isArray(defs) ? defs : [defs]) {
      const { link } = this.find(def, method)
      const leftId = def[link.left.module][link.left.key]
      const rightId = def[link.right.module][link.right.key]
      if (typeof leftId !== "string" || typeof rightId !== "string" || !leftId || !rightId) {
        throw invalidData(`Link ids must be non-empty strings (${link.left.key}, ${link.right.key})`)
      }
      const list = byLink.get(link) ?? []
      list.push({ link, leftId, rightId, data: (def.data as Record<string, unknown>) ?? {} })
      byLink.set(link, list)
    }
    return byLink
  }

  /**
   * The CTEs that find (and lock) the live records at both ends. FOR SHARE: a concurrent
   * delete of a record waits for this link, then cascades over it.
   */
  private existence(ends: [StoredLinkSide, string[]][]) {
    const checks = ends.map(([side, ids], i) => ({
      model: side.model(),
      unique: [...new Set(ids)].sort(),
      cte: `e${i}`,
    }))
    const ctes = checks.map(
      (c) =>
        sql`${raw(c.cte)} AS (SELECT id FROM ${ident(c.model.tableName)} WHERE id = ANY(${c.unique}::text[]) AND deleted_at IS NULL ORDER BY id FOR SHARE)`,
    )
    const complete = join(
      checks.map((c) => sql`(SELECT count(*) FROM ${raw(c.cte)}) = ${c.unique.length}::int`),
      " AND ",
    )
    return { checks, ctes, complete }
  }

  /** Refuses links to records that do not exist (Medusa would store a dangling row), naming them. */
  private async checkExists(ends: [StoredLinkSide, string[]][]) {
    const { checks, ctes } = this.existence(ends)
    const selects = checks.map((c, i) => sql`SELECT ${i}::int AS side, id FROM ${raw(c.cte)}`)
    const found = await this.cx.db.query<{ side: number; id: string }>(
      sql`WITH ${join(ctes)} ${join(selects, " UNION ALL ")}`,
    )
    checks.forEach((c, i) => {
      const have = new Set(found.filter((r) => r.side === i).map((r) => r.id))
      const missing = c.unique.filter((id) => !have.has(id))
      if (missing.length) throw notFound(`${c.model.pascal} with id: ${missing.join(", ")} was not found`)
    })
  }

  private emit(link: StoredLinkDef, verb: "attached" | "detached", rows: Record<string, unknown>[]) {
    for (const row of rows) {
      this.cx.emit(`${link.eventEntity}.${verb}`, {
        id: row.id,
        [link.left.key]: row[link.left.key],
        [link.right.key]: row[link.right.key],
      })
    }
  }

  /** Idempotent: an existing pair is left alone, a dismissed one is revived. Returns changed rows. */
  async create(defs: LinkDefinition | LinkDefinition[]): Promise<Record<string, unknown>[]> {
    const out: Record<string, unknown>[] = []
    for (const [link, items] of this.resolve(defs, "create")) {
      const ends: [StoredLinkSide, string[]][] = [
        [link.left, items.map((i) => i.leftId)],
        [link.right, items.map((i) => i.rightId)],
      ]
      const { ctes, complete } = this.existence(ends)
      // one row per pair (last data wins), in key order so concurrent writers lock alike
      const pairs = new Map<string, Resolved>()
      for (const item of items) pairs.set(`${item.leftId}\u0000${item.rightId}`, item)
      const sorted = [...pairs.values()].sort((x, y) => (x.leftId + x.rightId < y.leftId + y.rightId ? -1 : 1))
      const extra = Object.entries(link.extraColumns)
      const cols = [ident("id"), ident(link.left.key), ident(link.right.key), ...extra.map(([n]) => ident(n))]
      const ids = sorted.map(() => generateId(link.idPrefix))
      const arrays: Sql[] = [
        sql`${ids}::text[]`,
        sql`${sorted.map((p) => p.leftId)}::text[]`,
        sql`${sorted.map((p) => p.rightId)}::text[]`,
        ...extra.map(
          ([name, def]) =>
            sql`${sorted.map((p) => p.data[name] ?? def.default ?? null)}::${raw(SQL_TYPES[def.kind])}[]`,
        ),
      ]
      const table = ident(link.table)
      // a revived pair takes the given data or the defaults; a live pair keeps what it has
      // unless its data names a column (a plain re-link changes nothing)
      const given = (name: string) => ids.filter((_, n) => name in sorted[n].data)
      const extraUpdate = extra.map(
        ([n]) =>
          sql`, ${ident(n)} = CASE WHEN ${table}.deleted_at IS NOT NULL OR EXCLUDED.id = ANY(${given(n)}::text[])
                THEN EXCLUDED.${ident(n)} ELSE ${table}.${ident(n)} END`,
      )
      const extraChanged = extra.map(
        ([n]) =>
          sql` OR (EXCLUDED.id = ANY(${given(n)}::text[]) AND ${table}.${ident(n)} IS DISTINCT FROM EXCLUDED.${ident(n)})`,
      )
      // the check and the insert in one statement: rows are written only when every record
      // exists; one row always comes back, telling whether they did
      const statement = sql`WITH ${join(ctes)}, status AS (SELECT ${complete} AS __complete),
            ins AS (INSERT INTO ${table} (${join(cols)}) SELECT * FROM unnest(${join(arrays)}) WHERE (SELECT __complete FROM status)
              ON CONFLICT (${ident(link.left.key)}, ${ident(link.right.key)})
              DO UPDATE SET deleted_at = NULL, updated_at = now()${join(extraUpdate, "")}
              WHERE ${table}.deleted_at IS NOT NULL${join(extraChanged, "")}
              RETURNING *)
            SELECT status.__complete, ins.* FROM status LEFT JOIN ins ON true`
      type Row = Record<string, unknown> & { __complete: boolean }
      // one text per link (arrays are parameters): a named prepared statement
      let result = await this.cx.db.query<Row>(statement, { prepare: true })
      for (let attempt = 0; !result[0].__complete; attempt++) {
        await this.checkExists(ends) // throws, naming what is missing
        // all there now: a record committed between the two statements
        if (attempt === 2) throw notFound(`${link.left.model().pascal} or ${link.right.model().pascal} was not found`)
        result = await this.cx.db.query<Row>(statement)
      }
      const rows = result.filter((r) => r.id != null).map(({ __complete: _, ...row }) => row)
      this.emit(link, "attached", rows)
      out.push(...rows)
    }
    return out
  }

  /**
   * Sets extra columns (`data`) of live pairs; pairs that are not linked are returned as
   * `unlinked`, untouched. A pair whose values change emits `Link<Entity>.updated` with both
   * ids, the changed values and the previous ones.
   */
  async update(
    defs: LinkDefinition | LinkDefinition[],
  ): Promise<{ updated: LinkUpdate[]; unlinked: LinkDefinition[] }> {
    const updated: LinkUpdate[] = []
    const unlinked: LinkDefinition[] = []
    for (const [link, items] of this.resolve(defs, "update")) {
      const extra = Object.entries(link.extraColumns)
      for (const item of items) {
        const unknown = Object.keys(item.data).filter((k) => !link.extraColumns[k])
        if (unknown.length) throw invalidData(`Link ${link.table} has no column ${unknown.join(", ")}`)
      }
      const table = ident(link.table)
      const live = await this.cx.db.query<Record<string, unknown>>(
        sql`SELECT * FROM ${table} WHERE (${ident(link.left.key)}, ${ident(link.right.key)}) IN (
              SELECT * FROM unnest(${items.map((i) => i.leftId)}::text[], ${items.map((i) => i.rightId)}::text[]))
            AND deleted_at IS NULL ORDER BY id FOR UPDATE`,
      )
      const byPair = new Map(live.map((r) => [`${r[link.left.key]}\u0000${r[link.right.key]}`, r]))
      const next = new Map<string, { row: Record<string, unknown>; values: Record<string, unknown> }>()
      for (const item of items) {
        const row = byPair.get(`${item.leftId}\u0000${item.rightId}`)
        if (!row) {
          unlinked.push({
            [link.left.module]: { [link.left.key]: item.leftId },
            [link.right.module]: { [link.right.key]: item.rightId },
            data: item.data,
          })
          continue
        }
        const prior = next.get(row.id as string)?.values ?? row
        next.set(row.id as string, { row, values: { ...prior, ...item.data } })
      }
      const changes = [...next.values()]
        .map(({ row, values }) => ({
          row,
          values,
          names: extra.filter(([n, def]) => !sameValue(def.kind, row[n], values[n])).map(([n]) => n),
        }))
        .filter((c) => c.names.length)
      if (changes.length === 0) continue
      const arrays = extra.map(
        ([name, def]) => sql`${changes.map((c) => c.values[name] ?? null)}::${raw(SQL_TYPES[def.kind])}[]`,
      )
      const sets = extra.map(([n]) => sql`${ident(n)} = v.${ident(n)}`)
      const rows = await this.cx.db.query<Record<string, unknown>>(
        sql`UPDATE ${table} SET ${join(sets)}, updated_at = now()
            FROM unnest(${changes.map((c) => c.row.id)}::text[], ${join(arrays)}) AS v(id, ${join(extra.map(([n]) => ident(n)))})
            WHERE ${table}.id = v.id RETURNING ${table}.*`,
      )
      const after = new Map(rows.map((r) => [r.id as string, r]))
      for (const change of changes) {
        const row = after.get(change.row.id as string)!
        const pick = (from: Record<string, unknown>) => Object.fromEntries(change.names.map((n) => [n, from[n]]))
        const event = {
          id: row.id,
          [link.left.key]: row[link.left.key],
          [link.right.key]: row[link.right.key],
          changed: pick(row),
          previous: pick(change.row),
        }
        this.cx.emit(`${link.eventEntity}.updated`, event)
        updated.push({ row, changed: event.changed, previous: event.previous })
      }
    }
    return { updated, unlinked }
  }

  /** Soft-deletes the given pairs; pairs that are not linked are ignored. */
  async dismiss(defs: LinkDefinition | LinkDefinition[]): Promise<Record<string, unknown>[]> {
    const out: Record<string, unknown>[] = []
    for (const [link, items] of this.resolve(defs, "dismiss")) {
      const rows = await this.cx.db.query<Record<string, unknown>>(
        sql`UPDATE ${ident(link.table)} SET deleted_at = now(), updated_at = now()
            WHERE (${ident(link.left.key)}, ${ident(link.right.key)}) IN (
              SELECT * FROM unnest(${items.map((i) => i.leftId)}::text[], ${items.map((i) => i.rightId)}::text[]))
            AND deleted_at IS NULL RETURNING *`,
      )
      this.emit(link, "detached", rows)
      out.push(...rows)
    }
    return out
  }

  private async cascade(selector: CascadeSelector, deleted: boolean): Promise<Record<string, unknown>[]> {
    const out: Record<string, unknown>[] = []
    for (const [module, keys] of Object.entries(selector)) {
      for (const [key, value] of Object.entries(keys)) {
        const ids = asIdList(value)
        if (ids.length === 0) continue
        for (const link of this.links) {
          for (const side of [link.left, link.right]) {
            if (side.module !== module || side.key !== key) continue
            const rows = await this.cx.db.query<Record<string, unknown>>(
              deleted
                ? sql`UPDATE ${ident(link.table)} SET deleted_at = now(), updated_at = now()
                      WHERE ${ident(side.key)} = ANY(${ids}::text[]) AND deleted_at IS NULL RETURNING *`
                : // only the rows of the latest cascade: pairs dismissed before it stay dismissed
                  sql`UPDATE ${ident(link.table)} l SET deleted_at = NULL, updated_at = now()
                      WHERE l.${ident(side.key)} = ANY(${ids}::text[]) AND l.deleted_at IS NOT NULL
                        AND l.deleted_at = (SELECT max(p.deleted_at) FROM ${ident(link.table)} p
                                             WHERE p.${ident(side.key)} = l.${ident(side.key)})
                      RETURNING l.*`,
            )
            this.emit(link, deleted ? "detached" : "attached", rows)
            out.push(...rows)
          }
        }
      }
    }
    return out
  }

  /** Cascade after a record is deleted: soft-deletes every pivot row that references it. */
  delete(selector: CascadeSelector) {
    return this.cascade(selector, true)
  }

  /** Reverses the latest `delete` of these records (rows dismissed before it stay dismissed). */
  restore(selector: CascadeSelector) {
    return this.cascade(selector, false)
  }

  /** Live pivot rows matching partial definitions, or the same as link definitions. */
  async list(
    defs: LinkDefinition | LinkDefinition[],
    options: { asLinkDefinition?: boolean } = {},
  ): Promise<Record<string, unknown>[]> {
    const out: Record<string, unknown>[] = []
    for (const def of Array.isArray(defs) ? defs : [defs]) {
      const { link } = this.find(def, "list")
      const conditions: Sql[] = [raw("deleted_at IS NULL")]
      for (const side of [link.left, link.right]) {
        const value = def[side.module]?.[side.key]
        if (value === undefined) continue
        conditions.push(sql`${ident(side.key)} = ANY(${asIdList(value as string | string[])}::text[])`)
      }
      const rows = await this.cx.db.query<Record<string, unknown>>(
        sql`SELECT * FROM ${ident(link.table)} WHERE ${join(conditions, " AND ")} ORDER BY id`,
      )
      for (const row of rows) {
        if (!options.asLinkDefinition) {
          out.push(row)
          continue
        }
        const shaped: Record<string, unknown> = {
          [link.left.module]: { [link.left.key]: row[link.left.key] },
          [link.right.module]: { [link.right.key]: row[link.right.key] },
        }
        const data = Object.fromEntries(Object.keys(link.extraColumns).map((k) => [k, row[k]]))
        if (Object.keys(data).length) shaped.data = data
        out.push(shaped)
      }
    }
    return out
  }
}
