import { IdParams } from "../../validation/params.js"
import type { TypedServer } from "../../helpers/typed-server.js"
import { updateStoreWorkflow } from "../../../workflows/store/update-store.js"
import { resolveOrder } from "../../helpers/fields.js"
import { knownFields } from "../../helpers/supported-fields.js"
import { listEnvelope, oneEnvelope, oneJson, sendJson } from "../../helpers/respond.js"
import { listFilterValues } from "../../validation/common.js"
import { DEFAULT_FIELDS } from "./query-config.js"
import { ListStoresQuery, RetrieveQuery, UpdateStoreBody } from "./validators.js"

export async function storeRoutes(server: TypedServer) {
  const one = (id: string, fields: string | undefined) => ({
    entity: "store",
    fields: knownFields("store", DEFAULT_FIELDS, fields),
    filters: { id },
  })

  server.get("/stores", { schema: { querystring: ListStoresQuery } }, async (request, reply) => {
    const { fields, limit, offset, order, with_deleted, ...filters } = request.query
    const json = await listEnvelope(request.container, "stores", {
      entity: "store",
      fields: knownFields("store", DEFAULT_FIELDS, fields),
      filters: listFilterValues(filters),
      pagination: { skip: offset, take: limit, order: resolveOrder(order) },
    })
    return sendJson(reply, json)
  })

  server.get("/stores/:id", { schema: { params: IdParams, querystring: RetrieveQuery } }, async (request, reply) => {
    const { id } = request.params
    const { fields } = request.query
    const store = await oneJson(request.container, one(id, fields))
    // Medusa answers an unknown id with 200 and no `store` key
    return sendJson(reply, store === undefined ? "{}" : `{"store":${store}}`)
  })

  server.post(
    "/stores/:id",
    { schema: { params: IdParams, body: UpdateStoreBody, querystring: RetrieveQuery } },
    async (request, reply) => {
      const { id } = request.params
      await updateStoreWorkflow(request.container, id, request.body)
      const { fields } = request.query
      return sendJson(
        reply,
        await oneEnvelope(request.container, "store", one(id, fields), `Store with id "${id}" not found`),
      )
    },
  )
}
