import type { TypedServer } from "../../helpers/typed-server.js"
import { listRoute } from "../../helpers/list-route.js"
import { listFilterValues } from "../../validation/common.js"
import { ListFulfillmentProvidersQuery } from "./validators.js"

/** Medusa's defaultAdminFulfillmentProvidersFields */
const DEFAULT_FIELDS = ["id", "is_enabled"]

/** GET /admin/fulfillment-providers: `stock_location_id` filters across the location link; `q` is ignored. */
export async function fulfillmentProviderRoutes(server: TypedServer) {
  listRoute(server, {
    path: "/fulfillment-providers",
    entity: "fulfillment_provider",
    listKey: "fulfillment_providers",
    defaults: DEFAULT_FIELDS,
    schema: ListFulfillmentProvidersQuery,
    filters: ({ q, stock_location_id, ...rest }) => {
      const filters = listFilterValues(rest)
      if (stock_location_id !== undefined) filters.locations = { id: stock_location_id }
      return filters
    },
  })
}
