import type { FastifyReply, FastifyRequest } from "fastify"
import type { App } from "../../../app/app.js"
import { clearOnEvents } from "../../helpers/event-caches.js"
import { groupsKey, type GroupsOf } from "./customer-groups.js"
import { ResponseCache, etagOf } from "./response-cache.js"
import { windowExpiry } from "./window-expiry.js"

/** Events that cannot change a store catalogue read (carts being filled, payments, users). */
const IRRELEVANT = /^(cart\.|payment|user\.|auth\.|LinkCartPaymentCollection\.)/

/**
 * The store response cache (SALESGRAPH_HTTP_CACHE, on by default): product reads keyed by the
 * publishable key's channel set, the path and the query string — and, for reads that price
 * (`prices`), the signed-in customer's group set ("none" for guests and customers in no group,
 * who share entries). Any committed write that can
 * change a catalogue read clears it — in this process before that write's response is sent, in
 * other processes on PostgreSQL's NOTIFY, and at the next channel listing window boundary
 * (window-expiry.ts). ETag / If-None-Match answer 304. Bodies are kept as the
 * bytes that go on the wire, so a hit encodes nothing.
 */
export function createStoreCache(app: App, groupsOf: GroupsOf) {
  const enabled = app.config.httpCache === "on"
  const cache = new ResponseCache()
  const expiry = windowExpiry(app, cache)
  clearOnEvents(
    app,
    (name) => !IRRELEVANT.test(name),
    () => cache.clear(),
  )

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

  /** `priced`: the response depends on the customer's groups too */
  function responses(priced: boolean) {
    const groupsFor = (request: FastifyRequest) => (priced ? groupsOf(request) : undefined)
    const keyOf = (request: FastifyRequest, groups: readonly string[] | undefined) =>
      `${request.publishableKey?.sales_channel_ids.join(",") ?? ""}|${priced ? groupsKey(groups) : ""}|${request.url}`

    /**
     * Serves `request` from the cache, or computes the body with `compute` (a pure function of
     * the key's channels, the customer's groups and the URL) and stores it.
     */
    async function serve(
      request: FastifyRequest,
      reply: FastifyReply,
      compute: (groups: readonly string[] | undefined) => Promise<string>,
    ) {
      const groups = await groupsFor(request)
      if (!enabled) return send(request, reply, await compute(groups)) // the uncached path, measured as such
      if (!cacheable(request)) {
        const body = await compute(groups)
        return send(request, reply, body, etagOf(body))
      }
      const key = keyOf(request, groups)
      expiry.check()
      const hit = cache.get(key)
      if (hit) return send(request, reply, hit.body, hit.etag)
      await expiry.prepare()
      const generation = cache.generation
      const body = await compute(groups)
      const entry = cache.set(key, body, generation)
      return send(request, reply, entry.body, entry.etag)
    }

    /**
     * preValidation hook: a hit is answered before the query string is validated (a cached URL
     * was valid when it was computed) and before any other work.
     */
    async function answerFromCache(request: FastifyRequest, reply: FastifyReply) {
      if (!cacheable(request)) return
      const key = keyOf(request, await groupsFor(request))
      expiry.check()
      const hit = cache.get(key)
      if (hit) return send(request, reply, hit.body, hit.etag)
    }

    return { serve, answerFromCache }
  }

  /** `prices`: for reads that may hold `calculated_price` (products, variants) */
  return { ...responses(false), prices: responses(true), cache, enabled }
}

declare module "fastify" {
  interface FastifyInstance {
    storeCache: StoreCache
  }
}

export type StoreCache = ReturnType<typeof createStoreCache>
