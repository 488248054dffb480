import { z } from "zod"
import { listParams, nullStrings, operatorMap, retrieveParams, stringOrArray, text } from "../../validation/common.js"
import { DEFAULT_LIMIT } from "./query-config.js"

/** `revoked_at=null` / `revoked_at[$eq]=null` in a query string mean SQL NULL, as in Medusa. */
const dateFilter = () => z.preprocess(nullStrings, z.union([z.null(), operatorMap()])).optional()

const filterFields = {
  q: text().optional(),
  id: stringOrArray().optional(),
  title: stringOrArray().optional(),
  token: stringOrArray().optional(),
  type: z.enum(["publishable", "secret"]).optional(),
  created_at: dateFilter(),
  updated_at: dateFilter(),
  deleted_at: dateFilter(),
  revoked_at: dateFilter(),
}

/** An item of `$and` / `$or`: the same filters, unknown keys dropped (as Medusa does). */
type FilterItem = { [k: string]: unknown; $and?: FilterItem[]; $or?: FilterItem[] }
const FilterItem: z.ZodType<FilterItem> = z.lazy(() =>
  z.object({ ...filterFields, $and: z.array(FilterItem).optional(), $or: z.array(FilterItem).optional() }),
)

export const ListApiKeysQuery = z
  .object({
    ...listParams(DEFAULT_LIMIT),
    ...filterFields,
    $and: z.array(FilterItem).optional(),
    $or: z.array(FilterItem).optional(),
  })
  .strict()

export const RetrieveQuery = z.object(retrieveParams()).strict()

export const CreateApiKeyBody = z
  .object({
    title: text(),
    type: z.enum(["publishable", "secret"]),
  })
  .strict()

export const UpdateApiKeyBody = z.object({ title: text() }).strict()

/** The JS SDK revokes with no body at all. */
export const RevokeApiKeyBody = z.preprocess((v) => v ?? {}, z.object({ revoke_in: z.number().optional() }).strict())
