import type { TypedServer } from "../../helpers/typed-server.js"
import { listRoute } from "../../helpers/list-route.js"
import { PAYMENT_PROVIDER_FIELDS } from "./query-config.js"
import { ListPaymentProvidersQuery } from "./validators.js"

export async function paymentRoutes(server: TypedServer) {
  listRoute(server, {
    path: "/payments/payment-providers",
    entity: "payment_provider",
    listKey: "payment_providers",
    defaults: PAYMENT_PROVIDER_FIELDS,
    schema: ListPaymentProvidersQuery,
  })
}
