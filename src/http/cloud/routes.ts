import type { FastifyInstance } from "fastify"

/** Medusa Cloud sign-in: not configured here, as on a self-hosted Medusa (`{ enabled: false }`),
 * which tells the dashboard to show only its email and password form. */
export async function cloudRoutes(server: FastifyInstance) {
  server.get("/auth", async () => ({ enabled: false }))
}
