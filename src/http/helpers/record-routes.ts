import type { FastifyInstance } from "fastify"
import type { z } from "zod"
import type { Container } from "../../app/container.js"
import { notFound } from "../../framework/errors.js"
import { batchLinkBody, listFilterValues } from "../validation/common.js"
import { resolveFields, resolveOrder } from "./fields.js"
import { deleteEnvelope, listEnvelope, oneJson, sendJson } from "./respond.js"
import { supportedFields } from "./supported-fields.js"

type Body = Record<string, unknown>
type ListQuery = { fields?: string; limit: number; offset: number; order?: string; with_deleted?: boolean } & Record<
  string,
  unknown
>

/**
 * An admin resource of Medusa's usual shape — list, create, retrieve, update, delete, and
 * optionally `{add, remove}` products — in Medusa's envelopes. Each route validates, runs its
 * workflow, and re-reads with one Query statement.
 */
export interface RecordRoutes {
  /** `/collections` */
  path: string
  /** Query entity: `product_collection` */
  entity: string
  /** envelope keys: `collection`, `collections` */
  key: string
  listKey: string
  /** the delete envelope's `object` */
  object: string
  defaults: readonly string[]
  /** a single record's defaults, when Medusa's differ from the list's */
  retrieveDefaults?: readonly string[]
  /** `createQuery`: the create route's query, when Medusa checks it otherwise than a retrieve's */
  schemas: { list: z.ZodType; retrieve: z.ZodType; create: z.ZodType; update: z.ZodType; createQuery?: z.ZodType }
  /** query parameters that are not Query filters of the entity */
  extraParams?: readonly string[]
  /** rewrites the list's Query filters (a parameter that filters across a relation or link) */
  listFilters?(filters: Record<string, unknown>): Record<string, unknown>
  /** `actorId`: the signed-in user or key (Medusa's `created_by`) */
  create(c: Container, body: Body, actorId?: string): Promise<Body[]>
  /** undefined: no such record, answered `{}` (Medusa does for some resources) */
  update(c: Container, id: string, body: Body): Promise<unknown>
  delete(c: Container, id: string): Promise<unknown>
  linkProducts?(c: Container, input: { id: string; add?: string[]; remove?: string[] }): Promise<void>
  /** a GET of an unknown id: this 404 message, or (undefined) Medusa's 200 `{}` */
  missing?(id: string): string
  /** rewrites the records read (JSON text of a list or of one record; the create and update re-reads too); categories build trees here */
  reshape?(
    c: Container,
    json: string,
    read: { query: Record<string, unknown>; filters: Record<string, unknown>; fields: string[] },
  ): Promise<string>
}

/** Medusa's `additional_data` (for workflow hooks) is accepted and not stored. */
export const withoutAdditionalData = ({ additional_data, ...rest }: Body) => rest

export function recordRoutes(spec: RecordRoutes) {
  return async function routes(server: FastifyInstance) {
    const { path, entity, key } = spec
    // what the models cannot answer (a misspelt name, a relation of a module salesgraph lacks) is left out, as in Medusa
    const fieldsOf = (c: Container, param: string | undefined, defaults = spec.defaults) =>
      supportedFields(c.core.schema, entity, resolveFields(defaults, param))
    /** `reshaped`: false for the products route, whose re-read Medusa does without the query's filters */
    const retrieve = async (c: Container, id: string, query: unknown, reshaped = true) => {
      const read = {
        query: query as Record<string, unknown>,
        filters: { id },
        fields: fieldsOf(c, (query as { fields?: string }).fields, spec.retrieveDefaults),
      }
      const json = await oneJson(c, { entity, fields: read.fields, filters: read.filters })
      if (json === undefined && spec.missing) throw notFound(spec.missing(id))
      if (json === undefined) return "{}"
      return `{"${key}":${spec.reshape && reshaped ? await spec.reshape(c, json, read) : json}}`
    }

    server.get(path, { schema: { querystring: spec.schemas.list } }, async (request, reply) => {
      const { fields, limit, offset, order, with_deleted, ...filters } = request.query as ListQuery
      for (const param of spec.extraParams ?? []) delete filters[param]
      const values = listFilterValues(filters)
      const read = {
        query: request.query as ListQuery,
        filters: spec.listFilters?.(values) ?? values,
        fields: fieldsOf(request.container, fields),
      }
      const reshape = spec.reshape && ((json: string) => spec.reshape!(request.container, json, read))
      const pagination = { skip: offset, take: limit, order: resolveOrder(order) }
      const json = await listEnvelope(
        request.container,
        spec.listKey,
        { entity, fields: read.fields, filters: read.filters, pagination },
        reshape,
      )
      return sendJson(reply, json)
    })

    const createQuery = spec.schemas.createQuery ?? spec.schemas.retrieve
    server.post(path, { schema: { body: spec.schemas.create, querystring: createQuery } }, async (request, reply) => {
      const [created] = await spec.create(request.container, request.body as Body, request.auth?.actor_id)
      return sendJson(reply, await retrieve(request.container, String(created.id), request.query))
    })

    server.get(`${path}/:id`, { schema: { querystring: spec.schemas.retrieve } }, async (request, reply) => {
      const { id } = request.params as { id: string }
      return sendJson(reply, await retrieve(request.container, id, request.query))
    })

    server.post(
      `${path}/:id`,
      { schema: { body: spec.schemas.update, querystring: spec.schemas.retrieve } },
      async (request, reply) => {
        const { id } = request.params as { id: string }
        const updated = await spec.update(request.container, id, request.body as Body)
        return sendJson(reply, updated === undefined ? "{}" : await retrieve(request.container, id, request.query))
      },
    )

    server.delete(`${path}/:id`, async (request) => {
      const { id } = request.params as { id: string }
      await spec.delete(request.container, id)
      return deleteEnvelope(id, spec.object)
    })

    const link = spec.linkProducts
    if (link) {
      server.post(
        `${path}/:id/products`,
        { schema: { body: batchLinkBody(), querystring: spec.schemas.retrieve } },
        async (request, reply) => {
          const { id } = request.params as { id: string }
          await link(request.container, { id, ...(request.body as { add?: string[]; remove?: string[] }) })
          return sendJson(reply, await retrieve(request.container, id, request.query, false))
        },
      )
    }
  }
}
