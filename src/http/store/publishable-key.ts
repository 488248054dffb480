import type { FastifyReply, FastifyRequest } from "fastify"
import type { App } from "../../app/app.js"
import { notAllowed } from "../../framework/errors.js"
import type { PublishableKeyContext } from "../context.js"
import { clearOnEvents, ExpiringCache } from "../helpers/event-caches.js"

interface ResolvedKey {
  id: string
  revokedAt: number
  salesChannelIds: string[]
}

const MISSING =
  "Publishable API key required in the request header: x-publishable-api-key. You can manage your keys in settings in the dashboard."
const INVALID = "A valid publishable key is required to proceed with the request"
const LAST_USED_EVERY_MS = 60_000

/**
 * The store gate (docs/medusa-contract.md §8.0). A key resolves once to its id and channels (one statement),
 * then is served from memory until a key, a key link or a channel changes — cleared here at
 * commit and in other processes on NOTIFY — so a revoked key stops at once everywhere.
 * `last_used_at` is written at most once a minute per key.
 */
export function publishableKeyGate(app: App) {
  const keys = new ExpiringCache<ResolvedKey | null>(5 * 60_000)
  const lastUsedWrite = new Map<string, number>()
  clearOnEvents(
    app,
    (n) =>
      n.startsWith("api_key.") || n.startsWith("LinkPublishableApiKeySalesChannel.") || n.startsWith("sales-channel."),
    () => keys.clear(),
  )

  async function resolve(token: string): Promise<ResolvedKey | null> {
    const cached = keys.get(token)
    if (cached !== undefined) return cached
    const generation = keys.generation
    const { data } = await app.container.query.graph<{
      id: string
      revoked_at: string | null
      sales_channels: { id: string }[]
    }>({
      entity: "api_key",
      fields: ["id", "revoked_at", "sales_channels.id"],
      filters: { token, type: "publishable" },
    })
    const row = data[0]
    const resolved = row
      ? {
          id: row.id,
          revokedAt: row.revoked_at ? Date.parse(row.revoked_at) : Infinity,
          salesChannelIds: row.sales_channels.map((c) => c.id).sort(),
        }
      : null
    keys.set(token, resolved, generation)
    return resolved
  }

  function touch(id: string) {
    const now = Date.now()
    if ((lastUsedWrite.get(id) ?? 0) > now - LAST_USED_EVERY_MS) return
    lastUsedWrite.set(id, now)
    app.container.modules.api_key.touchLastUsed(id).catch(() => lastUsedWrite.delete(id))
  }

  return async function gate(request: FastifyRequest, _reply: FastifyReply) {
    const header = request.headers["x-publishable-api-key"]
    const token = Array.isArray(header) ? header[0] : header
    if (!token) throw notAllowed(MISSING)
    if (token.length > 200) throw notAllowed(INVALID)
    const key = await resolve(token)
    if (!key || key.revokedAt <= Date.now()) throw notAllowed(INVALID)
    touch(key.id)
    const context: PublishableKeyContext = { id: key.id, key: token, sales_channel_ids: key.salesChannelIds }
    request.publishableKey = context
  }
}
