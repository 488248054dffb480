import { z } from "zod"
import { operatorMap, stringOrArray, text } from "./common.js"

/** A filter by one value or any of several (`handle=a`, `handle[]=a&handle[]=b`). */
type StringFilter = z.ZodOptional<ReturnType<typeof stringOrArray>>

/** `name: stringOrArray().optional()` for each name, in the order given. */
export function stringFilters<K extends string>(...names: K[]): { [P in K]: StringFilter } {
  return Object.fromEntries(names.map((name) => [name, stringOrArray().optional()])) as { [P in K]: StringFilter }
}

/** A number, or an operator map over numbers (`weight=2`, `weight[$gte]=2`); query strings' numbers parsed. */
export const numberFilter = () =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v)) ? Number(v) : v),
    z.union([z.number(), operatorMap()]),
  )

/** Filters on a record's timestamps (`created_at[$gte]=…`). */
export const timestampFilters = () => ({
  created_at: operatorMap().optional(),
  updated_at: operatorMap().optional(),
  deleted_at: operatorMap().optional(),
})

/** The filters of most record lists: `q` (search) and `id`, the record's own `fields`, then its timestamps. */
export const recordFilters = <F extends z.ZodRawShape>(fields: F) => ({
  q: text().optional(),
  id: stringOrArray().optional(),
  ...fields,
  ...timestampFilters(),
})
