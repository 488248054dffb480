import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify"
import type { Config } from "../app/config.js"
import { LOCAL_ORIGINS, originAllowed, parseCorsOrigins, type CorsOrigin } from "./cors-origins.js"

// Medusa's list: the browser refuses the SDK's DELETEs with fewer
const METHODS = "GET,HEAD,PUT,PATCH,POST,DELETE"
const EXPOSED = "x-request-id,etag"

type Policy = { origins: CorsOrigin[]; credentials: true } | { origins: "*"; credentials: false } | undefined

/**
 * The CORS policy by path: /store, /admin and /auth each their own list (STORE_CORS,
 * ADMIN_CORS, AUTH_CORS), as Medusa's; /openapi.json is public and readable from anywhere
 * without credentials; everything else (/health, /ready, /docs, /app) is same-origin only.
 */
function policies(config: Pick<Config, "storeCors" | "adminCors" | "authCors">) {
  const list = (value: string | undefined) => ({
    origins: value ? parseCorsOrigins(value) : LOCAL_ORIGINS,
    credentials: true as const,
  })
  const byPrefix: [string, Policy][] = [
    ["/store", list(config.storeCors)],
    ["/admin", list(config.adminCors)],
    ["/auth", list(config.authCors)],
  ]
  return (url: string): Policy => {
    const path = url.split("?")[0]
    if (path === "/openapi.json") return { origins: "*", credentials: false }
    return byPrefix.find(([prefix]) => path === prefix || path.startsWith(prefix + "/"))?.[1]
  }
}

function allow(request: FastifyRequest, reply: FastifyReply, policy: NonNullable<Policy>): boolean {
  const origin = request.headers.origin
  if (policy.origins === "*") {
    reply.header("access-control-allow-origin", "*")
  } else {
    // the answer depends on the Origin: a shared cache must not hand one origin's to another
    reply.header("vary", "Origin")
    if (!origin || !originAllowed(origin, policy.origins)) return false
    reply.header("access-control-allow-origin", origin)
    reply.header("access-control-allow-credentials", "true")
  }
  return true
}

/**
 * Origins outside the lists get no CORS header at all, so a browser keeps the response from
 * them. A preflight is answered here, before any route hook: it never needs the publishable
 * key or a token.
 */
export function registerCors(server: FastifyInstance, config: Pick<Config, "storeCors" | "adminCors" | "authCors">) {
  const policyOf = policies(config)
  server.addHook("onRequest", async (request, reply) => {
    const policy = policyOf(request.url)
    const preflight = request.method === "OPTIONS" && request.headers["access-control-request-method"] !== undefined
    const allowed = policy !== undefined && request.headers.origin !== undefined && allow(request, reply, policy)
    if (!preflight) {
      if (allowed) reply.header("access-control-expose-headers", EXPOSED)
      return
    }
    if (allowed) {
      reply.header("access-control-allow-methods", METHODS)
      const asked = request.headers["access-control-request-headers"]
      if (asked) reply.header("access-control-allow-headers", asked)
      reply.header("access-control-max-age", "600")
    }
    return reply.status(204).send()
  })
  // a preflight to a path with no OPTIONS route still reaches the hook above
  server.options("*", { schema: { hide: true } }, async (_request, reply) => reply.status(204).send())
}
