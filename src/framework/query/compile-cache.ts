import type { Statement } from "../../db/executor.js"
import type { Sql } from "../sql/sql.js"
import { compileGraph, type GraphInput } from "./compile.js"
import { dateSlots, withDates, type DatedStatement } from "./date-slots.js"
import type { Schema } from "./schema.js"

const MAX_ENTRIES = 500
const caches = new WeakMap<Schema, Map<string, DatedStatement>>()

/**
 * compileGraph, remembered by the exact input: a hot read (the same page asked again and
 * again) skips parsing fields and building SQL. Errors are not remembered. `Date` values in
 * filters (the store's "listed at now" windows) are parameters, not part of the key: a read
 * that differs only in them reuses the statement with its dates put in (date-slots.ts).
 */
export function compileGraphCached(schema: Schema, input: GraphInput, options: { count: boolean }): Statement {
  let cache = caches.get(schema)
  if (!cache) caches.set(schema, (cache = new Map()))
  const slots = dateSlots(options.count ? "c" : "n", input)
  if (!slots) return compileGraph(schema, input, options)
  const hit = cache.get(slots.key)
  if (hit) {
    cache.delete(slots.key)
    cache.set(slots.key, hit)
    return withDates(hit, slots.dates)
  }
  const entry = slots.compile((sentinelInput) => compileGraph(schema, sentinelInput, options) as Sql)
  if (!entry) return compileGraph(schema, input, options)
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!)
  cache.set(slots.key, entry)
  return withDates(entry, slots.dates)
}
