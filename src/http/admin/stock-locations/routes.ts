import { IdParams } from "../../validation/params.js"
import type { FieldsRequest, TypedServer } from "../../helpers/typed-server.js"
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

export async function stockLocationRoutes(server: TypedServer) {
  const one = (id: string, fields: string | undefined) => ({
    entity: "stock_location",
    fields: knownFields("stock_location", DEFAULT_FIELDS, fields),
    filters: { id },
  })
  // Medusa answers {} for an unknown location (it re-reads without a not-found check)
  const reread = async (request: FieldsRequest, id: string) => {
    const json = await oneJson(request.container, one(id, request.query.fields))
    return json === undefined ? "{}" : `{"stock_location":${json}}`
  }

  server.get("/stock-locations", { schema: { querystring: ListStockLocationsQuery } }, async (request, reply) => {
    const q = request.query
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
      const [location] = await createStockLocationsWorkflow(request.container, [request.body])
      const { fields } = request.query
      return sendJson(
        reply,
        await oneEnvelope(request.container, "stock_location", one(location.id, fields), notFoundMessage(location.id)),
      )
    },
  )

  server.get(
    "/stock-locations/:id",
    { schema: { params: IdParams, querystring: RetrieveQuery } },
    async (request, reply) => {
      const { id } = request.params
      const { fields } = request.query
      return sendJson(
        reply,
        await oneEnvelope(request.container, "stock_location", one(id, fields), notFoundMessage(id)),
      )
    },
  )

  server.post(
    "/stock-locations/:id",
    { schema: { params: IdParams, body: UpdateStockLocationBody, querystring: RetrieveQuery } },
    async (request, reply) => {
      const { id } = request.params
      const { address_id, ...update } = request.body
      await updateStockLocationWorkflow(request.container, id, update)
      return sendJson(reply, await reread(request, id))
    },
  )

  server.delete("/stock-locations/:id", { schema: { params: IdParams } }, async (request) => {
    const { id } = request.params
    await deleteStockLocationsWorkflow(request.container, [id])
    return deleteEnvelope(id, "stock_location")
  })

  server.post(
    "/stock-locations/:id/sales-channels",
    { schema: { params: IdParams, body: batchLinkBody(), querystring: RetrieveQuery } },
    async (request, reply) => {
      const { id } = request.params
      const { add, remove } = request.body
      await linkSalesChannelsToStockLocationWorkflow(request.container, { id, add, remove })
      const { fields } = request.query
      return sendJson(
        reply,
        await oneEnvelope(request.container, "stock_location", one(id, fields), notFoundMessage(id)),
      )
    },
  )

  server.post(
    "/stock-locations/:id/fulfillment-sets",
    { schema: { params: IdParams, body: CreateFulfillmentSetBody, querystring: RetrieveQuery } },
    async (request, reply) => {
      const { id } = request.params
      const { name, type } = request.body
      await createLocationFulfillmentSetWorkflow(request.container, {
        location_id: id,
        fulfillment_set_data: { name, type },
      })
      return sendJson(reply, await reread(request, id))
    },
  )

  server.post(
    "/stock-locations/:id/fulfillment-providers",
    { schema: { params: IdParams, body: batchLinkBody(), querystring: RetrieveQuery } },
    async (request, reply) => {
      const { id } = request.params
      const { add, remove } = request.body
      await linkFulfillmentProvidersToLocationWorkflow(request.container, { id, add, remove })
      return sendJson(reply, await reread(request, id))
    },
  )
}
