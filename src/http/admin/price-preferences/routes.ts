import type { FastifyInstance } from "fastify"
import { emptyListRoute } from "../../helpers/empty-list.js"

/**
 * Price preferences (tax-inclusive pricing per currency or region) are their own issue; until
 * then none can exist, and the list that product and region pages read answers that truth.
 */
export async function pricePreferenceRoutes(server: FastifyInstance) {
  emptyListRoute(server, "/price-preferences", {
    key: "price_preferences",
    defaultLimit: 300,
    filters: { id: "strings", attribute: "strings", value: "strings" },
    retrieve: true,
  })
}
