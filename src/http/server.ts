import Fastify, { type FastifyInstance, type FastifyReply, type FastifyServerOptions } from "fastify"
import { randomUUID } from "node:crypto"
import type { App } from "../app/app.js"
import { registerAdminRoutes } from "./admin/index.js"
import { adminPage } from "./app/admin-page.js"
import { dashboardPage } from "./dashboard/dashboard-page.js"
import { authRoutes } from "./auth/routes.js"
import { registerCors } from "./cors.js"
import { clientErrorHandler, errorHandler, RETRY_AFTER_SECONDS, toHttpError } from "./errors.js"
import { cloudRoutes } from "./cloud/routes.js"
import { parseJsonBody } from "./json-body.js"
import { registerOpenApi } from "./openapi.js"
import { trackLeftOutFields } from "./helpers/left-out-fields.js"
import { parseQueryString } from "./helpers/query-string.js"
import { RequestLog } from "./request-log.js"
import { registerStoreRoutes } from "./store/index.js"
import { zodValidatorCompiler } from "./validation/validate.js"
import "./context.js"

export { serverLogger } from "./logger.js"

const QUERY_ERROR = Symbol("query string refused")

/**
 * The router calls the query-string parser while it looks the route up, where a throw is no
 * request error: the request would hang unanswered (`?a.b.c=1`). The error travels in the
 * parsed query instead and is thrown by a hook, which answers it in Medusa's shape.
 */
function safeQueryString(input: string): Record<string | symbol, unknown> {
  try {
    return parseQueryString(input)
  } catch (error) {
    return { [QUERY_ERROR]: error }
  }
}

/** TRUST_PROXY: `true`, a number of hops, or the proxies' addresses/CIDRs (comma-separated). */
function trustProxy(value: string | undefined): FastifyServerOptions["trustProxy"] {
  if (value === undefined || value === "false") return false
  if (value === "true") return true
  if (!/^\d+$/.test(value)) return value
  const hops = Number(value)
  return (_address: string, hop: number) => hop < hops
}

export interface ServerOptions {
  /** a pino logger; no logging when absent */
  logger?: FastifyServerOptions["loggerInstance"]
}

/** The HTTP server: Medusa's admin, store and auth routes over one application. */
export async function buildServer(app: App, options: ServerOptions = {}): Promise<FastifyInstance> {
  const server = Fastify({
    ...(options.logger ? { loggerInstance: options.logger } : { logger: false }),
    // one line per answered request, at a level that depends on it
    logController: new RequestLog({ storeAtInfo: app.config.logRequests === "1", slowMs: app.config.logSlowMs }),
    bodyLimit: app.config.bodyLimit,
    // behind a proxy: X-Forwarded-Proto (the session cookie's Secure) and -For are believed
    trustProxy: trustProxy(app.config.trustProxy),
    // `/store/carts/:id/` answers as `/store/carts/:id`, as Express (Medusa) does
    routerOptions: { querystringParser: safeQueryString, maxParamLength: 500, ignoreTrailingSlash: true },
    // a path that does not decode (`/admin/products/%FF`) or an over-long id: Medusa's shape
    frameworkErrors: (error, _request, reply) => {
      const [status, body] = toHttpError(error)
      void (reply as FastifyReply).status(status).send(body)
    },
    clientErrorHandler,
    genReqId: (req) => {
      const given = req.headers["x-request-id"]
      return typeof given === "string" && /^[\w.:-]{1,100}$/.test(given) ? given : randomUUID()
    },
  })
  // a query string the parser refused is answered here, before validation (see safeQueryString)
  server.addHook("preValidation", async (request) => {
    const query = request.query
    const refused = typeof query === "object" && query !== null && QUERY_ERROR in query && query[QUERY_ERROR]
    if (refused) throw refused
    // a POST without any body reads as `{}`, as Express's body parser leaves it for Medusa
    if (request.body == null && request.headers["content-type"] === undefined) request.body = {}
  })
  trackLeftOutFields(server)
  server.setValidatorCompiler(zodValidatorCompiler)
  server.setErrorHandler(errorHandler)
  server.setNotFoundHandler((request, reply) => {
    reply.status(404).send({ type: "not_found", message: `Cannot ${request.method} ${request.url.split("?")[0]}` })
  })
  // The JS SDK sends `content-type: application/json` with no body on some POSTs (revoke)
  server.removeContentTypeParser("application/json")
  server.addContentTypeParser<string>("application/json", { parseAs: "string" }, (_req, body, done) => {
    try {
      done(null, parseJsonBody(body))
    } catch (error) {
      done(error as Error, undefined)
    }
  })
  registerCors(server, app.config)
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
      return reply.status(503).header("retry-after", String(RETRY_AFTER_SECONDS)).send({ status: "unavailable" })
    }
  })

  await server.register(authRoutes(app), { prefix: "/auth" })
  await server.register(cloudRoutes, { prefix: "/cloud" })
  await server.register(registerAdminRoutes(app), { prefix: "/admin" })
  await server.register(registerStoreRoutes(app), { prefix: "/store" })
  await server.register(adminPage(), { prefix: "/app" })
  await server.register(dashboardPage(), { prefix: "/dashboard" })
  return server
}
