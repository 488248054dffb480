import { createHash } from "node:crypto"

export interface CachedResponse {
  /** UTF-8 bytes, ready for the socket */
  body: Buffer
  etag: string
}

/**
 * Store responses by everything that shapes them. Bounded by total size (least recently used
 * out first). `generation` moves on every invalidation, so a response computed while a write
 * committed is never stored.
 */
export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>()
  private bytes = 0
  generation = 0

  constructor(private readonly maxBytes = 64 * 1024 * 1024) {}

  get(key: string): CachedResponse | undefined {
    const hit = this.entries.get(key)
    if (hit) {
      // refresh recency
      this.entries.delete(key)
      this.entries.set(key, hit)
    }
    return hit
  }

  /** Stores unless the cache was cleared since `generation` was read. */
  set(key: string, text: string, generation: number): CachedResponse {
    const body = Buffer.from(text, "utf8")
    const entry = { body, etag: etagOf(body) }
    if (generation !== this.generation || body.length > this.maxBytes / 4) return entry
    const old = this.entries.get(key)
    if (old) this.bytes -= old.body.length
    this.entries.set(key, entry)
    this.bytes += body.length
    while (this.bytes > this.maxBytes) {
      const [oldestKey, oldest] = this.entries.entries().next().value!
      this.entries.delete(oldestKey)
      this.bytes -= oldest.body.length
    }
    return entry
  }

  clear() {
    this.generation++
    this.entries.clear()
    this.bytes = 0
  }

  get size() {
    return this.entries.size
  }
}

export function etagOf(body: string | Buffer): string {
  return `W/"${createHash("sha1").update(body).digest("base64url").slice(0, 22)}"`
}
