import type { FastifyReply, FastifyRequest } from "fastify"
import type { App } from "../../app/app.js"

/**
 * Token buckets, one per key: `perMinute` tokens at most (a client may spend a minute's
 * allowance at once), refilled continuously at perMinute / 60 s. In memory, per process:
 * with N processes behind a balancer a key gets up to N × the limit.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>()

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = () => performance.now(),
    private readonly maxKeys = 100_000,
  ) {}

  /** Takes a token for `key`: 0 when one was there, else the milliseconds until one is. */
  take(key: string): number {
    const now = this.now()
    const perMs = this.perMinute / 60_000
    let bucket = this.buckets.get(key)
    if (bucket) {
      bucket.tokens = Math.min(this.perMinute, bucket.tokens + (now - bucket.at) * perMs)
      bucket.at = now
    } else {
      if (this.buckets.size >= this.maxKeys) this.forgetFull(now)
      bucket = { tokens: this.perMinute, at: now }
      this.buckets.set(key, bucket)
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1
      return 0
    }
    return (1 - bucket.tokens) / perMs
  }

  /** Buckets refilled to the brim are the same as no bucket: dropped, so memory stays bounded. */
  private forgetFull(now: number) {
    const perMs = this.perMinute / 60_000
    for (const [key, b] of this.buckets) if (b.tokens + (now - b.at) * perMs >= this.perMinute) this.buckets.delete(key)
    // every key busy: the oldest go (they come back full, a small gift under a flood of keys)
    for (const key of this.buckets.keys()) {
      if (this.buckets.size < this.maxKeys) break
      this.buckets.delete(key)
    }
  }
}

/**
 * The /store rate limit per publishable key (SALESGRAPH_STORE_RATE_LIMIT requests a minute;
 * 0, the default, is off). Runs after the key gate, so only valid keys have buckets: 429 with
 * `Retry-After` (whole seconds until a request is allowed again) in Medusa's error shape.
 */
export function storeRateLimit(app: App) {
  const perMinute = app.config.storeRateLimit
  const buckets = perMinute > 0 ? new TokenBuckets(perMinute) : undefined
  return async function rateLimit(request: FastifyRequest, reply: FastifyReply) {
    const key = request.publishableKey
    if (!buckets || !key) return
    const waitMs = buckets.take(key.id)
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
