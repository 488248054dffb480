import { IdParams } from "../../validation/params.js"
import type { TypedServer } from "../../helpers/typed-server.js"
import { createRegionsWorkflow } from "../../../workflows/region/create-regions.js"
import { deleteRegionsWorkflow } from "../../../workflows/region/delete-regions.js"
import { updateRegionWorkflow } from "../../../workflows/region/update-region.js"
import { resolveOrder } from "../../helpers/fields.js"
import { knownFields } from "../../helpers/supported-fields.js"
import { deleteEnvelope, listEnvelope, oneEnvelope, sendJson } from "../../helpers/respond.js"
import { listFilterValues } from "../../validation/common.js"
import { DEFAULT_FIELDS } from "./query-config.js"
import { CreateRegionBody, ListRegionsQuery, RetrieveQuery, UpdateRegionBody } from "./validators.js"

export async function regionRoutes(server: TypedServer) {
  const one = (id: string, fields: string | undefined) => ({
    entity: "region",
    fields: knownFields("region", DEFAULT_FIELDS, fields),
    filters: { id },
  })

  server.get("/regions", { schema: { querystring: ListRegionsQuery } }, async (request, reply) => {
    // with_deleted is accepted and, as in Medusa, not forwarded
    const { fields, limit, offset, order, with_deleted, ...filters } = request.query
    const json = await listEnvelope(request.container, "regions", {
      entity: "region",
      fields: knownFields("region", DEFAULT_FIELDS, fields),
      filters: listFilterValues(filters),
      pagination: { skip: offset, take: limit, order: resolveOrder(order) },
    })
    return sendJson(reply, json)
  })

  server.post(
    "/regions",
    { schema: { body: CreateRegionBody, querystring: RetrieveQuery } },
    async (request, reply) => {
      const [region] = await createRegionsWorkflow(request.container, [request.body])
      const { fields } = request.query
      return sendJson(
        reply,
        await oneEnvelope(
          request.container,
          "region",
          one(region.id, fields),
          `Region with id: ${region.id} not found`,
        ),
      )
    },
  )

  server.get("/regions/:id", { schema: { params: IdParams, querystring: RetrieveQuery } }, async (request, reply) => {
    const { id } = request.params
    const { fields } = request.query
    return sendJson(
      reply,
      await oneEnvelope(request.container, "region", one(id, fields), `Region with id: ${id} not found`),
    )
  })

  server.post(
    "/regions/:id",
    { schema: { params: IdParams, body: UpdateRegionBody, querystring: RetrieveQuery } },
    async (request, reply) => {
      const { id } = request.params
      await updateRegionWorkflow(request.container, id, request.body)
      const { fields } = request.query
      return sendJson(
        reply,
        await oneEnvelope(request.container, "region", one(id, fields), `Region with id "${id}" not found`),
      )
    },
  )

  server.delete("/regions/:id", { schema: { params: IdParams } }, async (request) => {
    const { id } = request.params
    await deleteRegionsWorkflow(request.container, [id])
    return deleteEnvelope(id, "region")
  })
}
