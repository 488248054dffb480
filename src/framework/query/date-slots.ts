import { randomUUID } from "node:crypto"
import type { Statement } from "../../db/executor.js"
import type { Sql } from "../sql/sql.js"
import type { GraphInput } from "./compile.js"

/** A compiled statement and, per `Date` of its input, the parameter that holds it. */
export interface DatedStatement {
  sql: Sql
  /** [parameter index, date ordinal] */
  slots: [number, number][]
}

// In keys only; unguessable, so no client-supplied string can stand for a date.
const MARK = `\u0000date:${randomUUID()}:`
// Stand-ins compiled in place of the dates: the earliest instants JavaScript represents.
const SENTINEL_MS = -8.64e15
const SENTINEL_YEAR = new Date(SENTINEL_MS).toISOString().slice(0, 7)
const sentinel = (ordinal: number) => new Date(SENTINEL_MS + ordinal)

/**
 * The cache key of `input` with each `Date` in it replaced by a slot, and the dates in slot
 * order. Undefined when the input cannot be keyed (not JSON) or already holds the stand-ins'
 * text (a client asking for year -271821 is compiled as is, never cached).
 */
export function dateSlots(prefix: string, input: GraphInput) {
  const dates: Date[] = []
  let key: string
  try {
    key = JSON.stringify(input, function (this: Record<string, unknown>, name, value: unknown) {
      const raw = this[name]
      return raw instanceof Date ? MARK + (dates.push(raw) - 1) : value
    })
  } catch {
    return undefined
  }
  if (key.includes(SENTINEL_YEAR)) return undefined
  return {
    key: prefix + key,
    dates,
    /** Compiles the input with stand-in dates and finds their parameters; undefined if one is not found. */
    compile(build: (input: GraphInput) => Sql): DatedStatement | undefined {
      if (dates.length === 0) return { sql: build(input), slots: [] }
      const revive = (_name: string, value: unknown) =>
        typeof value === "string" && value.startsWith(MARK) ? sentinel(Number(value.slice(MARK.length))) : value
      let sql: Sql
      try {
        sql = build(JSON.parse(key, revive) as GraphInput)
      } catch {
        return undefined // the caller compiles the real input, whose error names the real values
      }
      const slots: [number, number][] = []
      const stand = dates.map((_, i) => sentinel(i).toISOString())
      sql.params.forEach((value, index) => {
        const ordinal = typeof value === "string" ? stand.indexOf(value) : -1
        if (ordinal >= 0) slots.push([index, ordinal])
      })
      return new Set(slots.map(([, ordinal]) => ordinal)).size === dates.length ? { sql, slots } : undefined
    },
  }
}

/** The statement with these dates in its slots (the compiled statement itself when it has none). */
export function withDates(entry: DatedStatement, dates: readonly Date[]): Statement {
  if (entry.slots.length === 0) return entry.sql
  const { text, values } = entry.sql.compile()
  const mine = values.slice()
  for (const [index, ordinal] of entry.slots) mine[index] = dates[ordinal].toISOString()
  const compiled = { text, values: mine }
  return { compile: () => compiled }
}
