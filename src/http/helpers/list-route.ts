import type { z } from "zod"
import type { Container } from "../../app/container.js"
import { resolveFields, resolveOrder } from "./fields.js"
import { listEnvelope, sendJson } from "./respond.js"
import { supportedFields } from "./supported-fields.js"
import type { TypedServer } from "./typed-server.js"

export type ListQuery = {
  fields?: string
  limit: number
  offset: number
  order?: string
  with_deleted?: boolean
} & Record<string, unknown>

/** What a list read used: the query, its Query filters and fields (handed to `reshape`). */
export interface ListRead {
  query: Record<string, unknown>
  filters: Record<string, unknown>
  fields: string[]
}

export interface ListRoute {
  /** `/api-keys` */
  path: string
  /** Query entity: `api_key` */
  entity: string
  /** envelope key: `api_keys` */
  listKey: string
  defaults: readonly string[]
  schema: z.ZodType<ListQuery>
  /**
   * The Query filters from the parameters other than `fields`, `limit`, `offset`, `order` and
   * `with_deleted` (`query`: all of them); without it, those parameters as they are.
   */
  filters?(params: Record<string, unknown>, query: ListQuery): Record<string, unknown>
  /** rewrites the page (JSON text) */
  reshape?(c: Container, json: string, read: ListRead): Promise<string>
}

/**
 * `GET <path>`: one page of the entity in Medusa's list envelope (`{<listKey>, count, offset,
 * limit}`), one Query statement; the fields the models cannot answer are left out, as in Medusa.
 */
export function listRoute(server: TypedServer, spec: ListRoute) {
  server.get(spec.path, { schema: { querystring: spec.schema } }, async (request, reply) => {
    const query: ListQuery = request.query
    const { fields, limit, offset, order, with_deleted, ...params } = query
    const read: ListRead = {
      query,
      filters: spec.filters?.(params, query) ?? params,
      fields: supportedFields(request.container.core.schema, spec.entity, resolveFields(spec.defaults, fields)),
    }
    const reshape = spec.reshape && ((json: string) => spec.reshape!(request.container, json, read))
    const pagination = { skip: offset, take: limit, order: resolveOrder(order) }
    const input = { entity: spec.entity, fields: read.fields, filters: read.filters, pagination }
    return sendJson(reply, await listEnvelope(request.container, spec.listKey, input, reshape))
  })
}
