import { z } from "zod"

/** Building blocks shared by the route validators (Medusa's shapes). */

/** A string without NUL bytes (PostgreSQL text cannot store them). */
export const text = () => z.string().max(65_536).refine((s) => !s.includes("\u0000"), "must not contain NUL bytes")

export const metadata = () => z.record(z.string(), z.unknown()).nullable()

/** Query strings carry strings: numbers and booleans are parsed from them. */
export const queryNumber = () =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v)) ? Number(v) : v),
    z.number(),
  )

export const queryBoolean = () =>
  z.preprocess((v) => (v === "true" ? true : v === "false" ? false : v), z.boolean())

/** `x` or `x[]` (qs already split comma lists in single-element arrays). */
export const stringOrArray = () => z.union([text(), z.array(text()).max(1000)])

/** An operator map for dates / numbers (`created_at[$gte]=...`). */
export const operatorMap = () =>
  z.union([
    text(),
    z.array(text()),
    z.object({
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
    }).strict(),
  ])

/** The query parameters every list route takes (spec §3.5–3.6, §5.5). */
export const listParams = (defaultLimit: number) => ({
  fields: text().optional(),
  limit: queryNumber().pipe(z.number().int().min(0).max(10_000)).default(defaultLimit),
  offset: queryNumber().pipe(z.number().int().min(0)).default(0),
  order: text().optional(),
  with_deleted: queryBoolean().optional(),
})

export const retrieveParams = () => ({ fields: text().optional() })

/** Body of the `{add, remove}` batch link routes. */
export const batchLinkBody = () =>
  z.object({ add: z.array(text()).max(10_000).optional(), remove: z.array(text()).max(10_000).optional() }).strict()

/**
 * `$and` / `$or` of a list route (Medusa's applyAndAndOrOperators): arrays of the same filter
 * fields, nested at will, unknown keys inside them dropped.
 */
export function andOrOperators(fields: z.ZodRawShape) {
  type Item = { [k: string]: unknown; $and?: Item[]; $or?: Item[] }
  const item: z.ZodType<Item> = z.lazy(() =>
    z.object({ ...fields, $and: z.array(item).optional(), $or: z.array(item).optional() }),
  ) as z.ZodType<Item>
  return { $and: z.array(item).optional(), $or: z.array(item).optional() }
}
