import type { FastifyInstance } from "fastify"
import { emptyListRoute } from "../../helpers/empty-list.js"

/**
 * Saved view configurations (Medusa's `view_configurations` feature, off here as in a default
 * Medusa): none are stored, so every zone answers Medusa's "nothing saved, use the default".
 */
export async function layoutRoutes(server: FastifyInstance) {
  emptyListRoute(server, "/layouts/configurations", {
    key: "layout_configurations",
    defaultLimit: 20,
    filters: { id: "strings", zone: "strings", user_id: "strings", is_system_default: "boolean" },
  })
  server.get("/layouts/:zone/configuration", async () => ({
    personal_configuration: null,
    default_configuration: null,
    active_scope: "default",
  }))
}
