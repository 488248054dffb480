import cors from "@fastify/cors"
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify"
import { randomUUID } from "node:crypto"
import type { App } from "../app/app.js"
import { registerAdminRoutes } from "./admin/index.js"
import { adminPage } from "./app/admin-page.js"
import { authRoutes } from "./auth/routes.js"
import { errorHandler } from "./errors.js"
import { registerOpenApi } from "./openapi.js"
import { parseQueryString } from "./helpers/query-string.js"
import { registerStoreRoutes } from "./store/index.js"
import { zodValidatorCompiler } from "./validation/validate.js"
import "./context.js"

export interface ServerOptions {
  /** a pino logger; no logging when absent */
  logger?: FastifyServerOptions["loggerInstance"]
}

/** The HTTP server: Medusa's admin, store and auth routes over one application. */
export async function buildServer(app: App, options: ServerOptions = {}): Promise<FastifyInstance> {
  const server = Fastify({
    ...(options.logger ? { loggerInstance: options.logger } : { logger: false }),
    bodyLimit: app.config.bodyLimit,
    routerOptions: { querystringParser: parseQueryString, maxParamLength: 500 },
    genReqId: (req) => {
      const given = req.headers["x-request-id"]
      return typeof given === "string" && /^[\w.:-]{1,100}$/.test(given) ? given : randomUUID()
    },
  })
  server.setValidatorCompiler(zodValidatorCompiler)
  server.setErrorHandler(errorHandler)
  server.setNotFoundHandler((request, reply) => {
    reply.status(404).send({ type: "not_found", message: `Cannot ${request.method} ${request.url.split("?")[0]}` })
  })
  // The JS SDK sends `content-type: application/json` with no body on some POSTs (revoke)
  server.removeContentTypeParser("application/json")
  server.addContentTypeParser("application/json", { parseAs: "string" }, (_req, body, done) => {
    const text = (body as string).trim()
    if (text === "") return done(null, {})
    try {
      done(null, JSON.parse(text, (key, value) => (key === "__proto__" ? undefined : value)))
    } catch (e) {
      const error = new Error((e as Error).message) as Error & { statusCode: number }
      error.statusCode = 400
      done(error, undefined)
    }
  })
  await server.register(cors, {
    origin: true,
    credentials: true,
    // Medusa's list: the plugin's default (GET,HEAD,POST) makes browsers refuse the SDK's DELETEs
    methods: ["GET", "HEAD", "PUT", "PATCH", "POST", "DELETE"],
    exposedHeaders: ["x-request-id", "etag"],
    maxAge: 600,
  })
  server.decorateRequest("container", {
    getter: () => app.container,
  })
  server.addHook("onSend", async (request, reply) => {
    reply.header("x-request-id", request.id)
  })

  await registerOpenApi(server, "0.1.0")

  server.get("/health", async () => "OK")
  server.get("/ready", async (_req, reply) => {
    try {
      await app.core.pool.query("SELECT 1")
      return { status: "ready" }
    } catch {
      return reply.status(503).send({ status: "unavailable" })
    }
  })

  await server.register(authRoutes(app), { prefix: "/auth" })
  await server.register(registerAdminRoutes(app), { prefix: "/admin" })
  await server.register(registerStoreRoutes(app), { prefix: "/store" })
  await server.register(adminPage(), { prefix: "/app" })
  return server
}
