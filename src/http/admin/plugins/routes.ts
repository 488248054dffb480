import type { FastifyInstance } from "fastify"

/** Medusa lists the plugins its project registered; salesgraph loads none. */
export async function pluginRoutes(server: FastifyInstance) {
  server.get("/plugins", async () => ({ plugins: [] }))
}
