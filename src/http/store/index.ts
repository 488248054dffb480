import type { FastifyInstance } from "fastify"
import type { App } from "../../app/app.js"
import { publishableKeyGate } from "./publishable-key.js"

/** Every /store route needs a valid publishable key (spec §8.0). */
export function registerStoreRoutes(app: App) {
  return async function store(server: FastifyInstance) {
    server.addHook("onRequest", publishableKeyGate(app))
  }
}
