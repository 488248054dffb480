import type { TypedServer } from "../../helpers/typed-server.js"
import { resolveOrder } from "../../helpers/fields.js"
import { knownFields } from "../../helpers/supported-fields.js"
import { listEnvelope, sendJson } from "../../helpers/respond.js"
import { listFilterValues } from "../../validation/common.js"
import { ListFulfillmentProvidersQuery } from "./validators.js"

/** Medusa's defaultAdminFulfillmentProvidersFields */
const DEFAULT_FIELDS = ["id", "is_enabled"]

/** GET /admin/fulfillment-providers: `stock_location_id` filters across the location link. */
export async function fulfillmentProviderRoutes(server: TypedServer) {
  server.get(
    "/fulfillment-providers",
    { schema: { querystring: ListFulfillmentProvidersQuery } },
    async (request, reply) => {
      const { fields, limit, offset, order, with_deleted, q, stock_location_id, ...rest } = request.query
      const filters: Record<string, unknown> = listFilterValues(rest)
      if (stock_location_id !== undefined) filters.locations = { id: stock_location_id }
      const json = await listEnvelope(request.container, "fulfillment_providers", {
        entity: "fulfillment_provider",
        fields: knownFields("fulfillment_provider", DEFAULT_FIELDS, fields),
        filters,
        pagination: { skip: offset, take: limit, order: resolveOrder(order) },
      })
      return sendJson(reply, json)
    },
  )
}
