import type { TypedServer } from "../helpers/typed-server.js"
import type { z } from "zod"
import type { Container } from "../../app/container.js"
import { notFound } from "../../framework/errors.js"
import { resolveFields, resolveOrder } from "../helpers/fields.js"
import { listEnvelope, oneJson } from "../helpers/respond.js"
import { IdParams } from "../validation/params.js"
import { valueRecordSchemas } from "../validation/value-records.js"
import type { ListRead } from "../helpers/list-route.js"

type ListQuery = { fields?: string; limit: number; offset: number; order?: string; with_deleted?: boolean } & Record<
  string,
  unknown
>

/**
 * A store read of Medusa's usual shape — list and retrieve — through the store response cache
 * (every committed write that emits an event clears it, so an admin write shows on the next read).
 */
export interface StoreRecordRoutes {
  path: string
  entity: string
  key: string
  listKey: string
  defaults: readonly string[]
  /** what a storefront may ask for (anything else is dropped, as in Medusa) */
  allowed: ReadonlySet<string>
  schemas: { list: z.ZodType<ListQuery>; retrieve: z.ZodType<{ fields?: string }> }
  /** filters a storefront cannot lift (categories: active and public only) */
  fixedFilters?: Record<string, unknown>
  /** query parameters that are not Query filters */
  extraParams?: readonly string[]
  /** Medusa's order when none is asked for */
  defaultOrder?: string
  /** an unknown id: this 404 message, or (undefined) Medusa's 200 `{}` */
  missing?(id: string): string
  /** rewrites the records read (JSON text of a list or of one record); categories build trees here */
  reshape?(c: Container, json: string, read: ListRead): Promise<string>
}

export function storeRecordRoutes(spec: StoreRecordRoutes) {
  return async function routes(server: TypedServer) {
    const { path, entity, key, allowed } = spec
    const cache = server.storeCache

    server.get(
      path,
      { schema: { querystring: spec.schemas.list }, preValidation: cache.answerFromCache },
      async (request, reply) => {
        const { fields, limit, offset, order, with_deleted, ...filters } = request.query
        for (const param of spec.extraParams ?? []) delete filters[param]
        const read = {
          query: request.query,
          filters: { ...filters, ...spec.fixedFilters },
          fields: resolveFields(spec.defaults, fields, allowed),
        }
        const reshape = spec.reshape && ((json: string) => spec.reshape!(request.container, json, read))
        return cache.serve(request, reply, () =>
          listEnvelope(
            request.container,
            spec.listKey,
            {
              entity,
              fields: read.fields,
              filters: read.filters,
              pagination: { skip: offset, take: limit, order: resolveOrder(order ?? spec.defaultOrder, allowed) },
            },
            reshape,
          ),
        )
      },
    )

    server.get(
      `${path}/:id`,
      { schema: { params: IdParams, querystring: spec.schemas.retrieve }, preValidation: cache.answerFromCache },
      async (request, reply) => {
        const { id } = request.params
        const { fields } = request.query
        const read = {
          query: request.query,
          filters: { ...spec.fixedFilters, id },
          fields: resolveFields(spec.defaults, fields, allowed),
        }
        return cache.serve(request, reply, async () => {
          const json = await oneJson(request.container, { entity, fields: read.fields, filters: read.filters })
          if (json === undefined && spec.missing) throw notFound(spec.missing(id))
          if (json === undefined) return "{}"
          return `{"${key}":${spec.reshape ? await spec.reshape(request.container, json, read) : json}}`
        })
      },
    )
  }
}

/** The allow-list of a store route: its defaults (relations by name) and `extra`. */
export function allowedFields(defaults: readonly string[], extra: readonly string[]): ReadonlySet<string> {
  return new Set([...defaults.map((f) => f.replace(/^\*|\.\*$/g, "")), ...extra])
}

const VALUE_FIELDS = ["id", "value", "external_id", "created_at", "updated_at", "metadata"]

/**
 * GET /store/product-tags|types (50 a page) and /:id. Medusa's defaults add `*products`
 * (published products): not offered here, see /store/products?tag_id=… / type_id=….
 */
export function storeValueRecordRoutes(kind: "tag" | "type") {
  return storeRecordRoutes({
    path: `/product-${kind}s`,
    entity: `product_${kind}`,
    key: `product_${kind}`,
    listKey: `product_${kind}s`,
    defaults: VALUE_FIELDS,
    allowed: allowedFields(VALUE_FIELDS, []),
    schemas: valueRecordSchemas(50),
    missing: (id) => `Product ${kind} with id: ${id} was not found`,
  })
}
