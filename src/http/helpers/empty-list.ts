import type { FastifyInstance } from "fastify"
import { z } from "zod"
import { typed } from "./typed-server.js"
import { andOrOperators, listParams, queryBoolean, retrieveParams, stringOrArray } from "../validation/common.js"

export interface EmptyListOptions {
  /** the envelope's key (`notifications`) */
  key: string
  /** Medusa's default `limit` for this list */
  defaultLimit: number
  /** the list's filters as Medusa validates them: id-like (string or list) or yes/no */
  filters?: Record<string, "strings" | "boolean">
  /** also answer `GET <path>/:id` as Medusa does for an id it does not have: 200 `{}` */
  retrieve?: boolean
}

/**
 * A Medusa list of something salesgraph does not have (notifications, saved views, workflow
 * executions…): its query is checked as Medusa checks it (a bad `limit` or an unknown filter is
 * a 400), and the answer is the truth, an empty page in Medusa's envelope.
 */
export function emptyListRoute(server: FastifyInstance, path: string, options: EmptyListOptions) {
  const filters = Object.fromEntries(
    Object.entries(options.filters ?? {}).map(([name, kind]) => [
      name,
      (kind === "boolean" ? queryBoolean() : stringOrArray()).optional(),
    ]),
  )
  const query = z
    .object({ ...listParams(options.defaultLimit), q: z.string().optional(), ...filters, ...andOrOperators(filters) })
    .strict()
  typed(server).get(path, { schema: { querystring: query } }, async (request) => {
    const { limit, offset } = request.query
    return { [options.key]: [], count: 0, offset, limit }
  })
  if (options.retrieve)
    server.get(`${path}/:id`, { schema: { querystring: z.object(retrieveParams()).strict() } }, async () => ({}))
}
