import type { z } from "zod"
import type { Container } from "../../app/container.js"
import { notFound } from "../../framework/errors.js"
import { batchLinkBody, listFilterValues } from "../validation/common.js"
import { IdParams } from "../validation/params.js"
import { resolveFields } from "./fields.js"
import { listRoute, type ListQuery, type ListRead } from "./list-route.js"
import { deleteRoute } from "./delete-route.js"
import { oneJson, sendJson } from "./respond.js"
import { supportedFields } from "./supported-fields.js"
import type { TypedServer, Validated } from "./typed-server.js"

type Body = Record<string, unknown>
type Fields = { fields?: string }
/** The route's zod schemas; the handlers' request data is typed from them. */
export interface RecordSchemas<C extends Body = Body, U extends Body = Body> {
  list: z.ZodType<ListQuery>
  retrieve: z.ZodType<Fields>
  /** with `create` and `update` below: a resource without them has no such routes */
  create?: z.ZodType<C>
  update?: z.ZodType<U>
  /** the create route's query, when Medusa checks it otherwise than a retrieve's */
  createQuery?: z.ZodType<Fields>
}

/**
 * An admin resource of Medusa's usual shape — list, create, retrieve, update, delete, and
 * optionally `{add, remove}` products — in Medusa's envelopes. Each route validates, runs its
 * workflow, and re-reads with one Query statement. A resource that Medusa does not let the
 * admin create, update or delete leaves that callback out, and the route is not served.
 */
export interface RecordRoutes<C extends Body = Body, U extends Body = Body, B extends Body = Body> {
  /** `/collections` */
  path: string
  /** Query entity: `product_collection` */
  entity: string
  /** envelope keys: `collection`, `collections` */
  key: string
  listKey: string
  /** the delete envelope's `object` (a resource with a delete route) */
  object?: string
  defaults: readonly string[]
  /** a single record's defaults, when Medusa's differ from the list's */
  retrieveDefaults?: readonly string[]
  schemas: RecordSchemas<C, U>
  /** query parameters that are not Query filters of the entity */
  extraParams?: readonly string[]
  /** the list's filters as validated, without Medusa's `"null"` → null (inventory items' list never mapped them) */
  filtersAsGiven?: boolean
  /** rewrites the list's Query filters (a parameter that filters across a relation or link; `query`: all the parameters) */
  listFilters?(filters: Record<string, unknown>, query: ListQuery): Record<string, unknown>
  // properties, not methods: a workflow given by name is checked against the schemas' types strictly
  /** `actorId`: the signed-in user or key (Medusa's `created_by`) */
  create?: (c: Container, body: Validated<C>, actorId?: string) => Promise<Body[]>
  /** undefined: no such record, answered `{}` (Medusa does for some resources) */
  update?: (c: Container, id: string, body: Validated<U>) => Promise<unknown>
  delete?: (c: Container, id: string) => Promise<unknown>
  linkProducts?(c: Container, input: { id: string; add?: string[]; remove?: string[] }): Promise<void>
  /** another `POST <path>/:id/<link.path>` batch (`{add, remove}` of its own shape), answered with the re-read */
  link?: RecordLink<B>
  /** a GET of an unknown id: this 404 message, or (undefined) Medusa's 200 `{}` */
  missing?(id: string): string
  /** rewrites the records read (JSON text of a list or of one record; the create and update re-reads too); categories build trees here */
  reshape?(c: Container, json: string, read: ListRead): Promise<string>
}

/** A batch link route of a record: its path below the record, its body, its workflow. */
export interface RecordLink<B extends Body = Body> {
  /** `/sales-channels` */
  path: string
  body: z.ZodType<B>
  run(c: Container, id: string, body: Validated<B>): Promise<unknown>
}

/**
 * A workflow of many records run for the route's one: `create: forOne(createProductTagsWorkflow)`,
 * `delete: forOne(deleteProductTagsWorkflow)`.
 */
export const forOne =
  <T, R>(workflow: (c: Container, items: T[]) => Promise<R>) =>
  (c: Container, item: T) =>
    workflow(c, [item])

/** Medusa's `additional_data` (for workflow hooks) is accepted and not stored. */
export const withoutAdditionalData = <T extends Body>({ additional_data, ...rest }: T) => rest

export function recordRoutes<C extends Body, U extends Body, B extends Body>(spec: RecordRoutes<C, U, B>) {
  return async function routes(server: TypedServer) {
    const { path, entity, key } = spec
    // what the models cannot answer (a misspelt name, a relation of a module salesgraph lacks) is left out, as in Medusa
    const fieldsOf = (c: Container, param: string | undefined, defaults = spec.defaults) =>
      supportedFields(c.core.schema, entity, resolveFields(defaults, param))
    /** `reshaped`: false for the products route, whose re-read Medusa does without the query's filters */
    const retrieve = async (c: Container, id: string, query: Fields, reshaped = true) => {
      const read = {
        query,
        filters: { id },
        fields: fieldsOf(c, query.fields, spec.retrieveDefaults),
      }
      const json = await oneJson(c, { entity, fields: read.fields, filters: read.filters })
      if (json === undefined && spec.missing) throw notFound(spec.missing(id))
      if (json === undefined) return "{}"
      return `{"${key}":${spec.reshape && reshaped ? await spec.reshape(c, json, read) : json}}`
    }

    listRoute(server, {
      path,
      entity,
      listKey: spec.listKey,
      defaults: spec.defaults,
      schema: spec.schemas.list,
      filters: spec.filtersAsGiven
        ? undefined
        : (params, query) => {
            for (const param of spec.extraParams ?? []) delete params[param]
            const values = listFilterValues(params)
            return spec.listFilters?.(values, query) ?? values
          },
      reshape: spec.reshape,
    })

    const { create, update, delete: remove } = spec
    const { create: createBody, update: updateBody } = spec.schemas
    const createQuery = spec.schemas.createQuery ?? spec.schemas.retrieve
    if (create && createBody)
      server.post(path, { schema: { body: createBody, querystring: createQuery } }, async (request, reply) => {
        const [created] = await create(request.container, request.body, request.auth?.actor_id)
        return sendJson(reply, await retrieve(request.container, String(created.id), request.query))
      })

    server.get(
      `${path}/:id`,
      { schema: { params: IdParams, querystring: spec.schemas.retrieve } },
      async (request, reply) => {
        const { id } = request.params
        return sendJson(reply, await retrieve(request.container, id, request.query))
      },
    )

    if (update && updateBody)
      server.post(
        `${path}/:id`,
        { schema: { params: IdParams, body: updateBody, querystring: spec.schemas.retrieve } },
        async (request, reply) => {
          const { id } = request.params
          const updated = await update(request.container, id, request.body)
          return sendJson(reply, updated === undefined ? "{}" : await retrieve(request.container, id, request.query))
        },
      )

    if (remove) deleteRoute(server, path, spec.object ?? key, remove)

    const linkRoute = <LinkBody extends Body>({ path: below, body, run }: RecordLink<LinkBody>) =>
      server.post(
        `${path}/:id${below}`,
        { schema: { params: IdParams, body, querystring: spec.schemas.retrieve } },
        async (request, reply) => {
          const { id } = request.params
          await run(request.container, id, request.body)
          return sendJson(reply, await retrieve(request.container, id, request.query, false))
        },
      )
    const { linkProducts } = spec
    if (linkProducts)
      linkRoute({ path: "/products", body: batchLinkBody(), run: (c, id, body) => linkProducts(c, { id, ...body }) })
    if (spec.link) linkRoute(spec.link)
  }
}
