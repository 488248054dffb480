import { IdParams } from "../../validation/params.js"
import type { FieldsRequest, TypedServer } from "../../helpers/typed-server.js"
import { createStockLocationsWorkflow } from "../../../workflows/stock-location/create-stock-locations.js"
import {
  createLocationFulfillmentSetWorkflow,
  linkFulfillmentProvidersToLocationWorkflow,
} from "../../../workflows/fulfillment/fulfillment-sets.js"
import { deleteStockLocationsWorkflow } from "../../../workflows/stock-location/delete-stock-locations.js"
import { linkSalesChannelsToStockLocationWorkflow } from "../../../workflows/stock-location/link-sales-channels-to-stock-location.js"
import { updateStockLocationWorkflow } from "../../../workflows/stock-location/update-stock-locations.js"
import { forOne, recordRoutes } from "../../helpers/record-routes.js"
import { knownFields } from "../../helpers/supported-fields.js"
import { oneJson, sendJson } from "../../helpers/respond.js"
import { asList, batchLinkBody } from "../../validation/common.js"
import { DEFAULT_FIELDS } from "./query-config.js"
import {
  CreateFulfillmentSetBody,
  CreateStockLocationBody,
  ListStockLocationsQuery,
  RetrieveQuery,
  UpdateStockLocationBody,
} from "./validators.js"

/**
 * /admin/stock-locations. `sales_channel_id` filters the list across the link (one statement).
 * Medusa answers {} for an update of an unknown location (it re-reads without a not-found check).
 */
const records = recordRoutes({
  path: "/stock-locations",
  entity: "stock_location",
  key: "stock_location",
  listKey: "stock_locations",
  defaults: DEFAULT_FIELDS,
  schemas: {
    list: ListStockLocationsQuery,
    retrieve: RetrieveQuery,
    create: CreateStockLocationBody,
    update: UpdateStockLocationBody,
  },
  extraParams: ["sales_channel_id"],
  listFilters: (filters, { sales_channel_id }) =>
    sales_channel_id === undefined ? filters : { ...filters, sales_channels: { id: asList(sales_channel_id) } },
  create: forOne(createStockLocationsWorkflow),
  update: (c, id, { address_id, ...update }) => updateStockLocationWorkflow(c, id, update),
  delete: forOne(deleteStockLocationsWorkflow),
  link: {
    path: "/sales-channels",
    body: batchLinkBody(),
    run: (c, id, { add, remove }) => linkSalesChannelsToStockLocationWorkflow(c, { id, add, remove }),
  },
  missing: (id) => `Stock location with id: ${id} was not found`,
})

/** The location re-read, or {} for an unknown one (Medusa re-reads without a not-found check). */
async function reread(request: FieldsRequest, id: string) {
  const fields = knownFields("stock_location", DEFAULT_FIELDS, request.query.fields)
  const json = await oneJson(request.container, { entity: "stock_location", fields, filters: { id } })
  return json === undefined ? "{}" : `{"stock_location":${json}}`
}

export async function stockLocationRoutes(server: TypedServer) {
  await records(server)

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
