import type { FastifyReply, FastifyRequest } from "fastify"
import type { App } from "../../app/app.js"
import { takeToken } from "../../framework/rate-limit/bucket.js"

/**
 * The /store rate limit per publishable key (SALESGRAPH_STORE_RATE_LIMIT requests a minute;
 * 0, the default, is off and costs nothing). The buckets live in PostgreSQL, so every process
 * on the database counts against the same allowance. Runs after the key gate, so only valid
 * keys have buckets: 429 with `Retry-After` (whole seconds until a request is allowed again)
 * in Medusa's error shape.
 */
export function storeRateLimit(app: App) {
  const perMinute = app.config.storeRateLimit
  return async function rateLimit(request: FastifyRequest, reply: FastifyReply) {
    const key = request.publishableKey
    if (perMinute === 0 || !key) return
    const waitMs = await takeToken(app.container.db, `store:${key.id}`, perMinute)
    if (waitMs === 0) return
    const seconds = Math.max(1, Math.ceil(waitMs / 1000))
    return reply
      .status(429)
      .header("retry-after", String(seconds))
      .send({
        type: "not_allowed",
        code: "rate_limit_exceeded",
        message: `Too many requests with this publishable key: at most ${perMinute} a minute. Retry in ${seconds} s.`,
      })
  }
}
