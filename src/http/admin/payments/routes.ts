import type { TypedServer } from "../../helpers/typed-server.js"
import { resolveOrder } from "../../helpers/fields.js"
import { knownFields } from "../../helpers/supported-fields.js"
import { listEnvelope, sendJson } from "../../helpers/respond.js"
import { PAYMENT_PROVIDER_FIELDS } from "./query-config.js"
import { ListPaymentProvidersQuery } from "./validators.js"

export async function paymentRoutes(server: TypedServer) {
  server.get(
    "/payments/payment-providers",
    { schema: { querystring: ListPaymentProvidersQuery } },
    async (request, reply) => {
      const { fields, limit, offset, order, with_deleted, ...filters } = request.query
      const json = await listEnvelope(request.container, "payment_providers", {
        entity: "payment_provider",
        fields: knownFields("payment_provider", PAYMENT_PROVIDER_FIELDS, fields),
        filters,
        pagination: { skip: offset, take: limit, order: resolveOrder(order) },
      })
      return sendJson(reply, json)
    },
  )
}
