import type { TypedServer } from "../../helpers/typed-server.js"
import { notAllowed } from "../../../framework/errors.js"
import { PAYMENT_PROVIDER_FIELDS } from "../../admin/payments/query-config.js"
import { resolveOrder } from "../../helpers/fields.js"
import { listEnvelope, sendJson } from "../../helpers/respond.js"
import { knownFields } from "../../helpers/supported-fields.js"
import { ListStorePaymentProvidersQuery } from "./validators.js"

/**
 * GET /store/payment-providers?region_id=…: the payment providers linked to the region, in
 * Medusa's list envelope (an unknown region has none). The checkout page of Medusa's
 * storefront reads it to offer payment methods.
 */
export async function storePaymentProviderRoutes(server: TypedServer) {
  server.get(
    "/payment-providers",
    { schema: { querystring: ListStorePaymentProvidersQuery } },
    async (request, reply) => {
      const { fields, limit, offset, order, region_id } = request.query
      if (!region_id) throw notAllowed("You must provide the region_id to list payment providers")
      const json = await listEnvelope(request.container, "payment_providers", {
        entity: "payment_provider",
        fields: knownFields("payment_provider", PAYMENT_PROVIDER_FIELDS, fields),
        filters: { regions: { id: region_id } },
        pagination: { skip: offset, take: limit, order: resolveOrder(order) },
      })
      return sendJson(reply, json)
    },
  )
}
