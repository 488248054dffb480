import type { FastifyReply, FastifyRequest } from "fastify"
import type { App } from "../../../app/app.js"
import { clearOnEvents } from "../../helpers/event-caches.js"
import { ResponseCache, etagOf } from "./response-cache.js"
import { windowExpiry } from "./window-expiry.js"

/** Events that cannot change a store catalogue read (carts being filled, payments, users). */
const IRRELEVANT = /^(cart\.|payment|user\.|auth\.|LinkCartPaymentCollection\.)/

/**
 * The store response cache (SALESGRAPH_HTTP_CACHE, on by default): product reads keyed by the
 * publishable key's channel set, the path and the query string. Any committed write that can
 * change a catalogue read clears it — in this process before that write's response is sent, in
 * other processes on PostgreSQL's NOTIFY, and at the next channel listing window boundary
 * (window-expiry.ts). ETag / If-None-Match answer 304. Bodies are kept as the
 * bytes that go on the wire, so a hit encodes nothing.
 */
export function createStoreCache(app: App) {
  const enabled = app.config.httpCache === "on"
  const cache = new ResponseCache()
  const expiry = windowExpiry(app, cache)
  clearOnEvents(
    app,
    (name) => !IRRELEVANT.test(name),
    () => cache.clear(),
  )

  function keyOf(request: FastifyRequest): string {
    const channels = request.publishableKey?.sales_channel_ids.join(",") ?? ""
    return `${channels}|${request.url}`
  }

  /** A cart's region shapes prices and carts are not catalogue events: never cached. */
  const cacheable = (request: FastifyRequest) => enabled && !request.url.includes("cart_id")

  function send(request: FastifyRequest, reply: FastifyReply, body: string | Buffer, etag?: string) {
    if (etag) {
      reply.header("etag", etag)
      const ifNoneMatch = request.headers["if-none-match"]
      if (ifNoneMatch && ifNoneMatch.split(",").some((t) => t.trim() === etag)) return reply.status(304).send()
    }
    return reply.type("application/json; charset=utf-8").send(body)
  }

  /**
   * Serves `request` from the cache, or computes the body with `compute` (a pure function of
   * the key's channels and the URL) and stores it.
   */
  async function serve(request: FastifyRequest, reply: FastifyReply, compute: () => Promise<string>) {
    if (!enabled) return send(request, reply, await compute()) // the uncached path, measured as such
    if (!cacheable(request)) {
      const body = await compute()
      return send(request, reply, body, etagOf(body))
    }
    const key = keyOf(request)
    expiry.check()
    const hit = cache.get(key)
    if (hit) return send(request, reply, hit.body, hit.etag)
    await expiry.prepare()
    const generation = cache.generation
    const body = await compute()
    const entry = cache.set(key, body, generation)
    return send(request, reply, entry.body, entry.etag)
  }

  /**
   * preValidation hook: a hit is answered before the query string is validated (a cached URL
   * was valid when it was computed) and before any other work.
   */
  async function answerFromCache(request: FastifyRequest, reply: FastifyReply) {
    if (!cacheable(request)) return
    expiry.check()
    const hit = cache.get(keyOf(request))
    if (hit) return send(request, reply, hit.body, hit.etag)
  }

  return { serve, answerFromCache, cache, enabled }
}

declare module "fastify" {
  interface FastifyInstance {
    storeCache: StoreCache
  }
}

export type StoreCache = ReturnType<typeof createStoreCache>
