import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify"

const NOT_FOUND = "x-salesgraph-lazy-not-found"
// hop-by-hop or per-response headers the outer reply sets itself
const DROPPED = new Set(["connection", "keep-alive", "transfer-encoding", "date", NOT_FOUND])

/**
 * A handler that answers from a Fastify instance built on the first request: the pages (/app,
 * /dashboard, /docs) load @fastify/static and Swagger UI when first asked, not at every start
 * (bench/notes/start.md). `setUp` registers the real routes on the inner instance at the URLs
 * the outer one receives; the request is replayed there (`inject`) and its answer copied. A
 * path the inner instance does not find is the outer server's not-found answer.
 */
export function lazyInstance(setUp: (inner: FastifyInstance) => Promise<void>) {
  let built: Promise<FastifyInstance> | undefined
  const build = async () => {
    const { default: Fastify } = await import("fastify")
    const inner = Fastify({ routerOptions: { ignoreTrailingSlash: true } })
    inner.setNotFoundHandler((_request, reply) => reply.status(404).header(NOT_FOUND, "1").send())
    await setUp(inner)
    await inner.ready()
    return inner
  }

  return async function forward(request: FastifyRequest, reply: FastifyReply) {
    built ??= build().catch((error) => {
      built = undefined // a failed build (a missing package) is tried again by the next request
      throw error
    })
    const inner = await built
    const headers = { ...request.headers }
    delete headers.host
    const answer = await inner.inject({ method: "GET", url: request.url, headers })
    if (answer.headers[NOT_FOUND]) return reply.callNotFound()
    for (const [name, value] of Object.entries(answer.headers)) {
      if (!DROPPED.has(name) && value !== undefined) reply.header(name, value)
    }
    return reply.status(answer.statusCode).send(answer.rawPayload)
  }
}
