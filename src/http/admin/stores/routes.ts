import type { FastifyInstance } from "fastify"
import type { z } from "zod"
import { updateStoreWorkflow } from "../../../workflows/store/update-store.js"
import { resolveOrder } from "../../helpers/fields.js"
import { knownFields } from "../../helpers/supported-fields.js"
import { listEnvelope, oneEnvelope, oneJson, sendJson } from "../../helpers/respond.js"
import { listFilterValues } from "../../validation/common.js"
import { DEFAULT_FIELDS } from "./query-config.js"
import { ListStoresQuery, RetrieveQuery, UpdateStoreBody } from "./validators.js"

export async function storeRoutes(server: FastifyInstance) {
  const one = (id: string, fields: string | undefined) => ({
    entity: "store",
    fields: knownFields("store", DEFAULT_FIELDS, fields),
    filters: { id },
  })

  server.get("/stores", { schema: { querystring: ListStoresQuery } }, async (request, reply) => {
    const { fields, limit, offset, order, with_deleted, ...filters } = request.query as z.infer<typeof ListStoresQuery>
    const json = await listEnvelope(request.container, "stores", {
      entity: "store",
      fields: knownFields("store", DEFAULT_FIELDS, fields),
      filters: listFilterValues(filters),
      pagination: { skip: offset, take: limit, order: resolveOrder(order) },
    })
    return sendJson(reply, json)
  })

  server.get("/stores/:id", { schema: { querystring: RetrieveQuery } }, async (request, reply) => {
    const { id } = request.params as { id: string }
    const { fields } = request.query as { fields?: string }
    const store = await oneJson(request.container, one(id, fields))
    // Medusa answers an unknown id with 200 and no `store` key
    return sendJson(reply, store === undefined ? "{}" : `{"store":${store}}`)
  })

  server.post(
    "/stores/:id",
    { schema: { body: UpdateStoreBody, querystring: RetrieveQuery } },
    async (request, reply) => {
      const { id } = request.params as { id: string }
      await updateStoreWorkflow(request.container, id, request.body as z.infer<typeof UpdateStoreBody>)
      const { fields } = request.query as { fields?: string }
      return sendJson(
        reply,
        await oneEnvelope(request.container, "store", one(id, fields), `Store with id "${id}" not found`),
      )
    },
  )
}
