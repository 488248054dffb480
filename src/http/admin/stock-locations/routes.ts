import type { FastifyInstance } from "fastify"
import type { z } from "zod"
import { createStockLocationsWorkflow } from "../../../workflows/stock-location/create-stock-locations.js"
import {
  createLocationFulfillmentSetWorkflow,
  linkFulfillmentProvidersToLocationWorkflow,
} from "../../../workflows/fulfillment/fulfillment-sets.js"
import { deleteStockLocationsWorkflow } from "../../../workflows/stock-location/delete-stock-locations.js"
import { linkSalesChannelsToStockLocationWorkflow } from "../../../workflows/stock-location/link-sales-channels-to-stock-location.js"
import { updateStockLocationWorkflow } from "../../../workflows/stock-location/update-stock-locations.js"
import { resolveOrder } from "../../helpers/fields.js"
import { knownFields } from "../../helpers/supported-fields.js"
import { deleteEnvelope, listEnvelope, oneEnvelope, oneJson, sendJson } from "../../helpers/respond.js"
import { batchLinkBody, listFilterValues } from "../../validation/common.js"
import { DEFAULT_FIELDS } from "./query-config.js"
import {
  CreateFulfillmentSetBody,
  CreateStockLocationBody,
  ListStockLocationsQuery,
  RetrieveQuery,
  UpdateStockLocationBody,
} from "./validators.js"

type ListQuery = z.infer<typeof ListStockLocationsQuery>
const asList = (v: string | string[]) => (Array.isArray(v) ? v : [v])
const notFoundMessage = (id: string) => `Stock location with id: ${id} was not found`

/** Query filters of the list: `sales_channel_id` filters across the link (one statement). */
function listFilters(q: ListQuery): Record<string, unknown> {
  const { fields, limit, offset, order, with_deleted, sales_channel_id, ...filters } = q
  const out: Record<string, unknown> = listFilterValues(filters)
  if (sales_channel_id !== undefined) out.sales_channels = { id: asList(sales_channel_id) }
  return out
}

export async function stockLocationRoutes(server: FastifyInstance) {
  const one = (id: string, fields: string | undefined) => ({
    entity: "stock_location",
    fields: knownFields("stock_location", DEFAULT_FIELDS, fields),
    filters: { id },
  })
  // Medusa answers {} for an unknown location (it re-reads without a not-found check)
  const reread = async (request: { container: Parameters<typeof oneJson>[0]; query: unknown }, id: string) => {
    const json = await oneJson(request.container, one(id, (request.query as { fields?: string }).fields))
    return json === undefined ? "{}" : `{"stock_location":${json}}`
  }

  server.get("/stock-locations", { schema: { querystring: ListStockLocationsQuery } }, async (request, reply) => {
    const q = request.query as ListQuery
    const json = await listEnvelope(request.container, "stock_locations", {
      entity: "stock_location",
      fields: knownFields("stock_location", DEFAULT_FIELDS, q.fields),
      filters: listFilters(q),
      pagination: { skip: q.offset, take: q.limit, order: resolveOrder(q.order) },
    })
    return sendJson(reply, json)
  })

  server.post(
    "/stock-locations",
    { schema: { body: CreateStockLocationBody, querystring: RetrieveQuery } },
    async (request, reply) => {
      const [location] = await createStockLocationsWorkflow(request.container, [
        request.body as z.infer<typeof CreateStockLocationBody>,
      ])
      const { fields } = request.query as { fields?: string }
      return sendJson(
        reply,
        await oneEnvelope(request.container, "stock_location", one(location.id, fields), notFoundMessage(location.id)),
      )
    },
  )

  server.get("/stock-locations/:id", { schema: { querystring: RetrieveQuery } }, async (request, reply) => {
    const { id } = request.params as { id: string }
    const { fields } = request.query as { fields?: string }
    return sendJson(reply, await oneEnvelope(request.container, "stock_location", one(id, fields), notFoundMessage(id)))
  })

  server.post(
    "/stock-locations/:id",
    { schema: { body: UpdateStockLocationBody, querystring: RetrieveQuery } },
    async (request, reply) => {
      const { id } = request.params as { id: string }
      const { address_id, ...update } = request.body as z.infer<typeof UpdateStockLocationBody>
      await updateStockLocationWorkflow(request.container, id, update)
      return sendJson(reply, await reread(request, id))
    },
  )

  server.delete("/stock-locations/:id", async (request) => {
    const { id } = request.params as { id: string }
    await deleteStockLocationsWorkflow(request.container, [id])
    return deleteEnvelope(id, "stock_location")
  })

  server.post(
    "/stock-locations/:id/sales-channels",
    { schema: { body: batchLinkBody(), querystring: RetrieveQuery } },
    async (request, reply) => {
      const { id } = request.params as { id: string }
      const { add, remove } = request.body as { add?: string[]; remove?: string[] }
      await linkSalesChannelsToStockLocationWorkflow(request.container, { id, add, remove })
      const { fields } = request.query as { fields?: string }
      return sendJson(
        reply,
        await oneEnvelope(request.container, "stock_location", one(id, fields), notFoundMessage(id)),
      )
    },
  )

  server.post(
    "/stock-locations/:id/fulfillment-sets",
    { schema: { body: CreateFulfillmentSetBody, querystring: RetrieveQuery } },
    async (request, reply) => {
      const { id } = request.params as { id: string }
      const { name, type } = request.body as z.infer<typeof CreateFulfillmentSetBody>
      await createLocationFulfillmentSetWorkflow(request.container, {
        location_id: id,
        fulfillment_set_data: { name, type },
      })
      return sendJson(reply, await reread(request, id))
    },
  )

  server.post(
    "/stock-locations/:id/fulfillment-providers",
    { schema: { body: batchLinkBody(), querystring: RetrieveQuery } },
    async (request, reply) => {
      const { id } = request.params as { id: string }
      const { add, remove } = request.body as { add?: string[]; remove?: string[] }
      await linkFulfillmentProvidersToLocationWorkflow(request.container, { id, add, remove })
      return sendJson(reply, await reread(request, id))
    },
  )
}
