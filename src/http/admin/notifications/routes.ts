import type { FastifyInstance } from "fastify"
import { emptyListRoute } from "../../helpers/empty-list.js"

/** salesgraph sends no notifications (no notification module): none to list, as Medusa answers
 * with none sent. */
export async function notificationRoutes(server: FastifyInstance) {
  emptyListRoute(server, "/notifications", {
    key: "notifications",
    defaultLimit: 50,
    filters: { id: "strings", channel: "strings", to: "strings" },
    retrieve: true,
  })
}
