import { IdParams } from "../../validation/params.js"
import type { TypedServer } from "../../helpers/typed-server.js"
import { resolveFields, resolveOrder } from "../../helpers/fields.js"
import { listEnvelope, oneEnvelope, sendJson } from "../../helpers/respond.js"
import { listFilterValues } from "../../validation/common.js"
import { ALLOWED_FIELDS, DEFAULT_FIELDS } from "./query-config.js"
import { ListStoreRegionsQuery, RetrieveStoreRegionQuery } from "./validators.js"

export async function storeRegionRoutes(server: TypedServer) {
  server.get("/regions", { schema: { querystring: ListStoreRegionsQuery } }, async (request, reply) => {
    const { fields, limit, offset, order, with_deleted, ...filters } = request.query
    const json = await listEnvelope(request.container, "regions", {
      entity: "region",
      fields: resolveFields(DEFAULT_FIELDS, fields, ALLOWED_FIELDS),
      filters: listFilterValues(filters),
      pagination: { skip: offset, take: limit, order: resolveOrder(order, ALLOWED_FIELDS) },
    })
    return sendJson(reply, json)
  })

  server.get(
    "/regions/:id",
    { schema: { params: IdParams, querystring: RetrieveStoreRegionQuery } },
    async (request, reply) => {
      const { id } = request.params
      const { fields } = request.query
      const json = await oneEnvelope(
        request.container,
        "region",
        { entity: "region", fields: resolveFields(DEFAULT_FIELDS, fields, ALLOWED_FIELDS), filters: { id } },
        `Region with id: ${id} was not found`,
      )
      return sendJson(reply, json)
    },
  )
}
