import type { Sql } from "../sql/sql.js"
import { compileGraph, type GraphInput } from "./compile.js"
import type { Schema } from "./schema.js"

const MAX_ENTRIES = 500
const caches = new WeakMap<Schema, Map<string, Sql>>()

/**
 * compileGraph, remembered by the exact input: a hot read (the same page asked again and
 * again) skips parsing fields and building SQL. Errors are not remembered.
 */
export function compileGraphCached(schema: Schema, input: GraphInput, options: { count: boolean }): Sql {
  let cache = caches.get(schema)
  if (!cache) caches.set(schema, (cache = new Map()))
  let key: string
  try {
    key = (options.count ? "c" : "n") + JSON.stringify(input)
  } catch {
    return compileGraph(schema, input, options)
  }
  const hit = cache.get(key)
  if (hit) {
    cache.delete(key)
    cache.set(key, hit)
    return hit
  }
  const statement = compileGraph(schema, input, options)
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!)
  cache.set(key, statement)
  return statement
}
