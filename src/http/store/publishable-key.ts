import type { FastifyReply, FastifyRequest } from "fastify"
import type { App } from "../../app/app.js"
import { notAllowed } from "../../framework/errors.js"
import { sql } from "../../framework/sql/sql.js"
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
 * The store gate (spec §8.0). A key resolves once to its id and channels (one statement),
 * then is served from memory until a key, a key link or a channel changes — cleared here at
 * commit and in other processes on NOTIFY — so a revoked key stops at once everywhere.
 * `last_used_at` is written at most once a minute per key.
 */
export function publishableKeyGate(app: App) {
  const keys = new ExpiringCache<ResolvedKey | null>(5 * 60_000)
  const lastUsedWrite = new Map<string, number>()
  clearOnEvents(
    app,
    (n) => n.startsWith("api_key.") || n.startsWith("LinkPublishableApiKeySalesChannel.") || n.startsWith("sales-channel."),
    () => keys.clear(),
  )

  async function resolve(token: string): Promise<ResolvedKey | null> {
    const cached = keys.get(token)
    if (cached !== undefined) return cached
    const generation = keys.generation
    const [row] = await app.container.db.query<{ id: string; revoked_at: string | null; sales_channel_ids: string[] }>(
      sql`SELECT k.id, k.revoked_at,
            coalesce(array_agg(l.sales_channel_id ORDER BY l.sales_channel_id)
              FILTER (WHERE l.sales_channel_id IS NOT NULL), '{}') AS sales_channel_ids
          FROM api_key k
          LEFT JOIN publishable_api_key_sales_channel l ON l.publishable_key_id = k.id AND l.deleted_at IS NULL
          WHERE k.token = ${token}::text AND k.type = 'publishable' AND k.deleted_at IS NULL
          GROUP BY k.id`,
      { prepare: true },
    )
    const resolved = row
      ? { id: row.id, revokedAt: row.revoked_at ? Date.parse(row.revoked_at) : Infinity, salesChannelIds: row.sales_channel_ids }
      : null
    keys.set(token, resolved, generation)
    return resolved
  }

  function touch(id: string) {
    const now = Date.now()
    if ((lastUsedWrite.get(id) ?? 0) > now - LAST_USED_EVERY_MS) return
    lastUsedWrite.set(id, now)
    app.container.db
      .query(
        sql`UPDATE api_key SET last_used_at = now() WHERE id = ${id}::text
            AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
      )
      .catch(() => lastUsedWrite.delete(id))
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
