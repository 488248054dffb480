import type { FastifyRequest } from "fastify"
import { resolveFields, resolveOrder } from "../../helpers/fields.js"
import { listEnvelope, oneJson } from "../../helpers/respond.js"
import { supportedFields } from "../../helpers/supported-fields.js"
import { listFilterValues } from "../../validation/common.js"

type ListQuery = { fields?: string; limit: number; offset: number; order?: string; with_deleted?: boolean }

/** List and one-record reads of a tax entity in Medusa's envelopes (one Query statement each). */
export function taxReads(entity: string, key: string, listKey: string, defaults: readonly string[]) {
  const fieldsOf = (request: FastifyRequest, param: string | undefined) =>
    supportedFields(request.container.core.schema, entity, resolveFields(defaults, param))
  return {
    /** the record's JSON text, or undefined */
    raw(request: FastifyRequest, id: string, fields: string | undefined): Promise<string | undefined> {
      return oneJson(request.container, { entity, fields: fieldsOf(request, fields), filters: { id } })
    },
    /** `{key: {...}}`, or Medusa's `{}` when there is no such record */
    async one(request: FastifyRequest, id: string, fields: string | undefined): Promise<string> {
      const json = await this.raw(request, id, fields)
      return json === undefined ? "{}" : `{"${key}":${json}}`
    },
    list(request: FastifyRequest, query: ListQuery & Record<string, unknown>, filters?: Record<string, unknown>) {
      const { fields, limit, offset, order, with_deleted: _, ...rest } = query
      return listEnvelope(request.container, listKey, {
        entity,
        fields: fieldsOf(request, fields),
        filters: filters ?? listFilterValues(rest),
        pagination: { skip: offset, take: limit, order: resolveOrder(order) },
      })
    },
  }
}
