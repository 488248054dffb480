import { z } from "zod"
import { listQuery, nullStrings, operatorMap, retrieveParams, text } from "../../validation/common.js"
import { stringFilters } from "../../validation/filters.js"
import { DEFAULT_LIMIT } from "./query-config.js"

/** `revoked_at=null` / `revoked_at[$eq]=null` in a query string mean SQL NULL, as in Medusa. */
const dateFilter = () => z.preprocess(nullStrings, z.union([z.null(), operatorMap()])).optional()

const filterFields = {
  q: text().optional(),
  ...stringFilters("id", "title", "token"),
  type: z.enum(["publishable", "secret"]).optional(),
  created_at: dateFilter(),
  updated_at: dateFilter(),
  deleted_at: dateFilter(),
  revoked_at: dateFilter(),
}

/** `$and` / `$or` items: the same filters, unknown keys dropped (as Medusa does). */
export const ListApiKeysQuery = listQuery(DEFAULT_LIMIT, filterFields)

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
