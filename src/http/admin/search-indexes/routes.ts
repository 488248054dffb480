import type { FastifyInstance } from "fastify"

/** No search module: Medusa then answers no indexes and `enabled: false` (its dashboard hides
 * the search settings page). */
export async function searchIndexRoutes(server: FastifyInstance) {
  server.get("/search-indexes", async () => ({ search_indexes: [], enabled: false }))
}
