import type { FastifyInstance } from "fastify"
import type { z } from "zod"
import { createRegionsWorkflow } from "../../../workflows/region/create-regions.js"
import { deleteRegionsWorkflow } from "../../../workflows/region/delete-regions.js"
import { updateRegionWorkflow } from "../../../workflows/region/update-region.js"
import { resolveOrder } from "../../helpers/fields.js"
import { knownFields } from "../../helpers/supported-fields.js"
import { deleteEnvelope, listEnvelope, oneEnvelope, sendJson } from "../../helpers/respond.js"
import { listFilterValues } from "../../validation/common.js"
import { DEFAULT_FIELDS } from "./query-config.js"
import { CreateRegionBody, ListRegionsQuery, RetrieveQuery, UpdateRegionBody } from "./validators.js"

type ListQuery = z.infer<typeof ListRegionsQuery>

export async function regionRoutes(server: FastifyInstance) {
  const one = (id: string, fields: string | undefined) => ({
    entity: "region",
    fields: knownFields("region", DEFAULT_FIELDS, fields),
    filters: { id },
  })

  server.get("/regions", { schema: { querystring: ListRegionsQuery } }, async (request, reply) => {
    // with_deleted is accepted and, as in Medusa, not forwarded
    const { fields, limit, offset, order, with_deleted, ...filters } = request.query as ListQuery
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
      const [region] = await createRegionsWorkflow(request.container, [
        request.body as z.infer<typeof CreateRegionBody>,
      ])
      const { fields } = request.query as { fields?: string }
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

  server.get("/regions/:id", { schema: { querystring: RetrieveQuery } }, async (request, reply) => {
    const { id } = request.params as { id: string }
    const { fields } = request.query as { fields?: string }
    return sendJson(
      reply,
      await oneEnvelope(request.container, "region", one(id, fields), `Region with id: ${id} not found`),
    )
  })

  server.post(
    "/regions/:id",
    { schema: { body: UpdateRegionBody, querystring: RetrieveQuery } },
    async (request, reply) => {
      const { id } = request.params as { id: string }
      await updateRegionWorkflow(request.container, id, request.body as z.infer<typeof UpdateRegionBody>)
      const { fields } = request.query as { fields?: string }
      return sendJson(
        reply,
        await oneEnvelope(request.container, "region", one(id, fields), `Region with id "${id}" not found`),
      )
    },
  )

  server.delete("/regions/:id", async (request) => {
    const { id } = request.params as { id: string }
    await deleteRegionsWorkflow(request.container, [id])
    return deleteEnvelope(id, "region")
  })
}
