import { createHash } from "node:crypto"
import type { FastifyReply, FastifyRequest } from "fastify"
import type { App } from "../../app/app.js"
import { clearOnEvents, ExpiringCache } from "../helpers/event-caches.js"
import type { AuthContext } from "../context.js"
import { bearerToken } from "./credentials.js"
import { currentSession } from "./sessions.js"
import { verifyAppToken } from "./tokens.js"

const SECRET_AS_BEARER =
  "A secret API key was passed as a Bearer token. Secret API keys must be sent using HTTP Basic authentication instead (Authorization: Basic <secret-api-key>)."

function unauthorized(reply: FastifyReply, message = "Unauthorized") {
  return reply.status(401).send({ message })
}

/**
 * The admin gate (docs/medusa-contract.md §6): a JWT as Bearer or a session cookie (a live user), or a secret API
 * key over HTTP Basic. Secret-key checks (scrypt) and user lookups are cached briefly and
 * dropped the moment a key or user changes, here or in another process.
 */
export function adminAuthenticator(app: App) {
  const secretKeys = new ExpiringCache<{ auth: AuthContext; revokedAt: number } | null>(60_000)
  const liveUsers = new ExpiringCache<boolean>(30_000)
  clearOnEvents(
    app,
    (n) => n.startsWith("api_key.") || n.startsWith("api-key."),
    () => secretKeys.clear(),
  )
  clearOnEvents(
    app,
    (n) => n.startsWith("user."),
    () => liveUsers.clear(),
  )

  async function userExists(id: string): Promise<boolean> {
    const cached = liveUsers.get(id)
    if (cached !== undefined) return cached
    const generation = liveUsers.generation
    const [user] = await app.container.modules.user.listUsers({ id }, { select: ["id"], take: 1 })
    liveUsers.set(id, !!user, generation)
    return !!user
  }

  async function asUser(
    claims: { actor_type: string; actor_id?: string; auth_identity_id: string } | undefined,
  ): Promise<AuthContext | undefined> {
    if (!claims || claims.actor_type !== "user" || !claims.actor_id) return undefined
    if (!(await userExists(claims.actor_id))) return undefined
    return { actor_type: "user", actor_id: claims.actor_id, auth_identity_id: claims.auth_identity_id }
  }

  async function fromSecretKey(token: string): Promise<AuthContext | undefined> {
    const cacheKey = createHash("sha256").update(token).digest("base64")
    const cached = secretKeys.get(cacheKey)
    if (cached === null) return undefined
    // a key revoked in the future stops working at that moment, cached or not
    if (cached) return cached.revokedAt > Date.now() ? cached.auth : undefined
    const generation = secretKeys.generation
    const key = await app.container.modules.api_key.authenticateSecretKey(token)
    if (!key) {
      secretKeys.set(cacheKey, null, generation)
      return undefined
    }
    const auth: AuthContext = { actor_type: "api-key", actor_id: key.id }
    secretKeys.set(cacheKey, { auth, revokedAt: key.revoked_at ? Date.parse(key.revoked_at) : Infinity }, generation)
    return auth
  }

  return async function authenticate(request: FastifyRequest, reply: FastifyReply) {
    const header = request.headers.authorization
    let auth: AuthContext | undefined
    const token = bearerToken(header)
    if (token !== undefined) {
      if (token.startsWith("sk_")) return unauthorized(reply, SECRET_AS_BEARER)
      auth = await asUser(await verifyAppToken(app, token))
    } else if (header?.startsWith("Basic ")) {
      const raw = header.slice(6).trim()
      const decoded = raw.startsWith("sk_") ? raw : Buffer.from(raw, "base64").toString("utf8").split(":")[0]
      auth = await fromSecretKey(decoded)
    } else {
      auth = await asUser(await currentSession(app, request))
    }
    if (!auth) return unauthorized(reply)
    request.auth = auth
  }
}
