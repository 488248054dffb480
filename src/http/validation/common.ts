import { z } from "zod"

/** Building blocks shared by the route validators (Medusa's shapes). */

/** A string without NUL bytes (PostgreSQL text cannot store them). */
export const text = () =>
  z
    .string()
    .max(65_536)
    .refine((s) => !s.includes("\u0000"), "must not contain NUL bytes")

export const metadata = () => z.record(z.string(), z.unknown()).nullable()

/** Query strings carry strings: numbers and booleans are parsed from them. */
export const queryNumber = () =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v)) ? Number(v) : v),
    z.number(),
  )

/** Medusa's booleanString: `true` / `false` in any case (or a JSON boolean); else "Invalid input". */
export const queryBoolean = () =>
  z
    .union([z.boolean(), z.string()])
    .refine((v) => ["true", "false"].includes(String(v).toLowerCase()), "Invalid input")
    .transform((v) => String(v).toLowerCase() === "true")

/** `with_deleted` is stricter in Medusa: exactly `true` or `false`. */
const exactBoolean = () => z.preprocess((v) => (v === "true" ? true : v === "false" ? false : v), z.boolean())

/** Medusa reads `limit` / `offset` with parseInt: `limit=1.5` is 1. */
const queryInt = () =>
  z.preprocess((v) => (typeof v === "string" && /^\s*[+-]?\d/.test(v) ? Number.parseInt(v, 10) : v), z.number())

/**
 * A query-string `null` is SQL NULL, as in Medusa (which turns every filter value `"null"` into
 * null after validation): `deleted_at[$ne]=null`, `description=null`.
 */
export function nullStrings<T>(v: T): T {
  if (v === "null") return null as T
  if (Array.isArray(v)) return v.map(nullStrings) as T
  if (typeof v === "object" && v !== null)
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, nullStrings(x)])) as T
  return v
}

/** A list route's filters with Medusa's `"null"` → null; `q=null` searches nothing, so it filters nothing. */
export function listFilterValues(filters: Record<string, unknown>): Record<string, unknown> {
  const { q, ...rest } = nullStrings(filters)
  return q === null ? rest : { q, ...rest }
}

/** A parameter given once or repeated, as a list. */
export const asList = <T>(v: T | T[]): T[] => (Array.isArray(v) ? v : [v])

/** `x` or `x[]` (qs already split comma lists in single-element arrays). */
export const stringOrArray = () => z.union([text(), z.array(text()).max(1000)])

/** An operator map for dates / numbers (`created_at[$gte]=...`). */
export const operatorMap = () =>
  z.union([
    text(),
    z.array(text()),
    z
      .object({
        $eq: z.unknown().optional(),
        $ne: z.unknown().optional(),
        $in: z.array(z.unknown()).optional(),
        $nin: z.array(z.unknown()).optional(),
        $gt: z.unknown().optional(),
        $gte: z.unknown().optional(),
        $lt: z.unknown().optional(),
        $lte: z.unknown().optional(),
        $like: z.string().optional(),
        $ilike: z.string().optional(),
        $re: z.string().optional(),
        $contains: z.unknown().optional(),
      })
      .strict(),
  ])

/** The query parameters every list route takes (docs/medusa-contract.md §3.5–3.6, §5.5). */
export const listParams = (defaultLimit: number) => ({
  fields: text().optional(),
  limit: queryInt().pipe(z.number().int().min(0).max(10_000)).default(defaultLimit),
  offset: queryInt().pipe(z.number().int().min(0)).default(0),
  order: text().optional(),
  with_deleted: exactBoolean().optional(),
})

export const retrieveParams = () => ({ fields: text().optional() })

/** Body of the `{add, remove}` batch link routes. */
export const batchLinkBody = () =>
  z.object({ add: z.array(text()).max(10_000).optional(), remove: z.array(text()).max(10_000).optional() }).strict()

/**
 * Body of the `{create?, update?, delete?}` batch routes (Medusa's createBatchBody): new items,
 * changed items and the ids to delete; each list at most `most` long where given.
 */
export function batchBody<C extends z.ZodType, U extends z.ZodType>(create: C, update: U, most?: number) {
  const list = <T extends z.ZodType>(item: T) => (most === undefined ? z.array(item) : z.array(item).max(most))
  return z
    .object({ create: list(create).optional(), update: list(update).optional(), delete: list(text()).optional() })
    .strict()
}

/** A filter of these fields, with nested `$and` / `$or` lists of the same; unknown keys dropped. */
export type LogicalFilter = { [k: string]: unknown; $and?: LogicalFilter[]; $or?: LogicalFilter[] }
export function logicalFilter(fields: z.ZodRawShape): z.ZodType<LogicalFilter> {
  const item: z.ZodType<LogicalFilter> = z.lazy(() =>
    z.object({ ...fields, $and: z.array(item).optional(), $or: z.array(item).optional() }),
  ) as z.ZodType<LogicalFilter>
  return item
}

/**
 * `$and` / `$or` of a list route (Medusa's applyAndAndOrOperators): arrays of the same filter
 * fields, nested at will, unknown keys inside them dropped.
 */
export function andOrOperators(fields: z.ZodRawShape) {
  const item = logicalFilter(fields)
  return { $and: z.array(item).optional(), $or: z.array(item).optional() }
}

/** A list route's query: `listParams`, the filters and `$and` / `$or` over them; other keys refused. */
export const listQuery = <F extends z.ZodRawShape>(defaultLimit: number, filters: F) =>
  z.object({ ...listParams(defaultLimit), ...filters, ...andOrOperators(filters) }).strict()

/** A list query (as `listQuery`) with the filters on linked records (`linked`) that `$and` / `$or` leave out, as Medusa's. */
export const linkedQuery = <F extends z.ZodRawShape, L extends z.ZodRawShape>(
  defaultLimit: number,
  filters: F,
  linked: L,
) => z.object({ ...listParams(defaultLimit), ...filters, ...linked, ...andOrOperators(filters) }).strict()

/** The query of a list route that takes no `$and` / `$or` (as Medusa's): `listParams` and the filters. */
export const plainListQuery = <F extends z.ZodRawShape>(defaultLimit: number, filters: F) =>
  z.object({ ...listParams(defaultLimit), ...filters }).strict()
