import { IdParams } from "../../validation/params.js"
import type { FieldsRequest, TypedServer } from "../../helpers/typed-server.js"
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

export async function salesChannelRoutes(server: TypedServer) {
  const one = (id: string, fields: string | undefined) => ({
    entity: "sales_channel",
    fields: knownFields("sales_channel", DEFAULT_FIELDS, fields),
    filters: { id },
  })
  /** `{sales_channel}` re-read with the request's `fields`, or Medusa's 404 in the route's words */
  const envelope = (request: FieldsRequest, id: string, missing: string) =>
    oneEnvelope(request.container, "sales_channel", one(id, request.query.fields), missing)

  server.get("/sales-channels", { schema: { querystring: ListSalesChannelsQuery } }, async (request, reply) => {
    const q = request.query
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
      const body = request.body
      const [channel] = await createSalesChannelsWorkflow(request.container, [body])
      return sendJson(reply, await envelope(request, channel.id, "Sales channel not found"))
    },
  )

  server.get(
    "/sales-channels/:id",
    { schema: { params: IdParams, querystring: RetrieveQuery } },
    async (request, reply) => {
      const { id } = request.params
      return sendJson(reply, await envelope(request, id, `Sales channel with id: ${id} not found`))
    },
  )

  server.post(
    "/sales-channels/:id",
    { schema: { params: IdParams, body: UpdateSalesChannelBody, querystring: RetrieveQuery } },
    async (request, reply) => {
      const { id } = request.params
      await updateSalesChannelWorkflow(request.container, id, request.body)
      return sendJson(reply, await envelope(request, id, `Sales channel with id "${id}" not found`))
    },
  )

  server.delete("/sales-channels/:id", { schema: { params: IdParams } }, async (request) => {
    const { id } = request.params
    await deleteSalesChannelsWorkflow(request.container, [id])
    return deleteEnvelope(id, "sales-channel")
  })

  server.post(
    "/sales-channels/:id/products",
    { schema: { params: IdParams, body: ProductsBatchBody, querystring: RetrieveQuery } },
    async (request, reply) => {
      const { id } = request.params
      const { add, remove } = request.body
      await linkProductsToSalesChannelWorkflow(request.container, { id, add, remove })
      return sendJson(reply, await envelope(request, id, `Sales channel with id: ${id} not found`))
    },
  )
}
