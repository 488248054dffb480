import type { FastifyInstance } from "fastify"
import { emptyListRoute } from "../../helpers/empty-list.js"

/**
 * Returns, claims and exchanges: salesgraph cannot make any yet (no routes create them), so an
 * order's lists of them are empty, in Medusa 2.21.2's envelopes (limit 15), as Medusa answers an
 * order without any. The order page's activity and return sections read them.
 */
export async function orderReturnListRoutes(server: FastifyInstance) {
  for (const key of ["returns", "claims", "exchanges"]) {
    emptyListRoute(server, `/${key}`, {
      key,
      defaultLimit: 15,
      filters: { id: "strings", order_id: "strings", status: "strings" },
    })
  }
}
