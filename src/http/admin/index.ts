import type { FastifyInstance } from "fastify"
import type { App } from "../../app/app.js"
import { adminAuthenticator } from "../auth/admin-auth.js"
import { salesChannelRoutes } from "./sales-channels/routes.js"
import { userRoutes } from "./users/routes.js"

/** Every /admin route answers only to an authenticated user or secret key (spec §5.4). */
export function registerAdminRoutes(app: App) {
  return async function admin(server: FastifyInstance) {
    server.addHook("onRequest", adminAuthenticator(app))
    await server.register(userRoutes)
    await server.register(salesChannelRoutes)
  }
}
