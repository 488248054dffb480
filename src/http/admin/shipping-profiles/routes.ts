import type { FastifyInstance } from "fastify"
import type { z } from "zod"
import type { Container } from "../../../app/container.js"
import { createShippingProfilesWorkflow } from "../../../workflows/shipping-profile/create-shipping-profiles.js"
import { deleteShippingProfilesWorkflow } from "../../../workflows/shipping-profile/delete-shipping-profiles.js"
import { updateShippingProfileWorkflow } from "../../../workflows/shipping-profile/update-shipping-profile.js"
import { resolveFields, resolveOrder } from "../../helpers/fields.js"
import { deleteEnvelope, listEnvelope, oneJson, sendJson } from "../../helpers/respond.js"
import { DEFAULT_FIELDS } from "./query-config.js"
import { CreateShippingProfileBody, ListShippingProfilesQuery, RetrieveQuery, UpdateShippingProfileBody } from "./validators.js"

type ListQuery = z.infer<typeof ListShippingProfilesQuery>

export async function shippingProfileRoutes(server: FastifyInstance) {
  const one = (id: string, fields: string | undefined) => ({
    entity: "shipping_profile",
    fields: resolveFields(DEFAULT_FIELDS, fields),
    filters: { id },
  })
  // Medusa re-reads without a not-found check: a missing profile is `{}` (status 200)
  const envelope = async (c: Container, id: string, fields: string | undefined) => {
    const json = await oneJson(c, one(id, fields))
    return json === undefined ? "{}" : `{"shipping_profile":${json}}`
  }

  server.get("/shipping-profiles", { schema: { querystring: ListShippingProfilesQuery } }, async (request, reply) => {
    const { fields, limit, offset, order, with_deleted, ...filters } = request.query as ListQuery
    const json = await listEnvelope(request.container, "shipping_profiles", {
      entity: "shipping_profile",
      fields: resolveFields(DEFAULT_FIELDS, fields),
      filters,
      pagination: { skip: offset, take: limit, order: resolveOrder(order) },
    })
    return sendJson(reply, json)
  })

  // Medusa checks this route's query with the list parameters; only `fields` is used
  server.post("/shipping-profiles", { schema: { body: CreateShippingProfileBody, querystring: ListShippingProfilesQuery } }, async (request, reply) => {
    const [profile] = await createShippingProfilesWorkflow(request.container, [request.body as z.infer<typeof CreateShippingProfileBody>])
    return sendJson(reply, await envelope(request.container, profile.id, (request.query as ListQuery).fields))
  })

  server.get("/shipping-profiles/:id", { schema: { querystring: RetrieveQuery } }, async (request, reply) => {
    const { id } = request.params as { id: string }
    return sendJson(reply, await envelope(request.container, id, (request.query as { fields?: string }).fields))
  })

  server.post("/shipping-profiles/:id", { schema: { body: UpdateShippingProfileBody, querystring: RetrieveQuery } }, async (request, reply) => {
    const { id } = request.params as { id: string }
    await updateShippingProfileWorkflow(request.container, id, request.body as z.infer<typeof UpdateShippingProfileBody>)
    return sendJson(reply, await envelope(request.container, id, (request.query as { fields?: string }).fields))
  })

  server.delete("/shipping-profiles/:id", async (request) => {
    const { id } = request.params as { id: string }
    await deleteShippingProfilesWorkflow(request.container, [id])
    return deleteEnvelope(id, "shipping_profile")
  })
}
