import type { FastifyInstance } from "fastify"
import type { z } from "zod"
import { createSalesChannelsWorkflow } from "../../../workflows/sales-channel/create-sales-channels.js"
import { deleteSalesChannelsWorkflow } from "../../../workflows/sales-channel/delete-sales-channels.js"
import { linkProductsToSalesChannelWorkflow } from "../../../workflows/sales-channel/link-products-to-sales-channel.js"
import { updateSalesChannelWorkflow } from "../../../workflows/sales-channel/update-sales-channels.js"
import { resolveOrder } from "../../helpers/fields.js"
import { knownFields } from "../../helpers/supported-fields.js"
import { deleteEnvelope, listEnvelope, oneEnvelope, sendJson } from "../../helpers/respond.js"
import { listFilterValues } from "../../validation/common.js"
import { ProductsBatchBody } from "../products/listing-validators.js"
import { DEFAULT_FIELDS } from "./query-config.js"
import { CreateSalesChannelBody, ListSalesChannelsQuery, RetrieveQuery, UpdateSalesChannelBody } from "./validators.js"

type ListQuery = z.infer<typeof ListSalesChannelsQuery>
const asList = (v: string | string[] | undefined) => (v === undefined ? undefined : Array.isArray(v) ? v : [v])

/** Query filters of the list: link parameters become filters across the links (one statement). */
function listFilters(q: ListQuery): Record<string, unknown> {
  const { fields, limit, offset, order, with_deleted, location_id, publishable_key_id, ...filters } = q
  const out: Record<string, unknown> = listFilterValues(filters)
  if (location_id !== undefined) out.stock_locations = { id: asList(location_id) }
  if (publishable_key_id !== undefined) out.publishable_api_keys = { id: asList(publishable_key_id) }
  return out
}

export async function salesChannelRoutes(server: FastifyInstance) {
  const one = (id: string, fields: string | undefined) => ({
    entity: "sales_channel",
    fields: knownFields("sales_channel", DEFAULT_FIELDS, fields),
    filters: { id },
  })

  server.get("/sales-channels", { schema: { querystring: ListSalesChannelsQuery } }, async (request, reply) => {
    const q = request.query as ListQuery
    const json = await listEnvelope(request.container, "sales_channels", {
      entity: "sales_channel",
      fields: knownFields("sales_channel", DEFAULT_FIELDS, q.fields),
      filters: listFilters(q),
      pagination: { skip: q.offset, take: q.limit, order: resolveOrder(q.order) },
    })
    return sendJson(reply, json)
  })

  server.post(
    "/sales-channels",
    { schema: { body: CreateSalesChannelBody, querystring: RetrieveQuery } },
    async (request, reply) => {
      const body = request.body as z.infer<typeof CreateSalesChannelBody>
      const [channel] = await createSalesChannelsWorkflow(request.container, [body])
      const { fields } = request.query as { fields?: string }
      const json = await oneEnvelope(
        request.container,
        "sales_channel",
        one(channel.id, fields),
        "Sales channel not found",
      )
      return sendJson(reply, json)
    },
  )

  server.get("/sales-channels/:id", { schema: { querystring: RetrieveQuery } }, async (request, reply) => {
    const { id } = request.params as { id: string }
    const { fields } = request.query as { fields?: string }
    const json = await oneEnvelope(
      request.container,
      "sales_channel",
      one(id, fields),
      `Sales channel with id: ${id} not found`,
    )
    return sendJson(reply, json)
  })

  server.post(
    "/sales-channels/:id",
    { schema: { body: UpdateSalesChannelBody, querystring: RetrieveQuery } },
    async (request, reply) => {
      const { id } = request.params as { id: string }
      await updateSalesChannelWorkflow(request.container, id, request.body as z.infer<typeof UpdateSalesChannelBody>)
      const { fields } = request.query as { fields?: string }
      const json = await oneEnvelope(
        request.container,
        "sales_channel",
        one(id, fields),
        `Sales channel with id "${id}" not found`,
      )
      return sendJson(reply, json)
    },
  )

  server.delete("/sales-channels/:id", async (request) => {
    const { id } = request.params as { id: string }
    await deleteSalesChannelsWorkflow(request.container, [id])
    return deleteEnvelope(id, "sales-channel")
  })

  server.post(
    "/sales-channels/:id/products",
    { schema: { body: ProductsBatchBody, querystring: RetrieveQuery } },
    async (request, reply) => {
      const { id } = request.params as { id: string }
      const { add, remove } = request.body as { add?: string[]; remove?: string[] }
      await linkProductsToSalesChannelWorkflow(request.container, { id, add, remove })
      const { fields } = request.query as { fields?: string }
      const json = await oneEnvelope(
        request.container,
        "sales_channel",
        one(id, fields),
        `Sales channel with id: ${id} not found`,
      )
      return sendJson(reply, json)
    },
  )
}
