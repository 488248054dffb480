import type { FastifyReply, FastifyRequest } from "fastify"
import type { App } from "../../app/app.js"
import { durationMs } from "../../app/duration.js"
import type { StoredSession } from "../../modules/auth/index.js"
import { endSessionWorkflow, openSessionWorkflow } from "../../workflows/auth/sessions.js"
import type { AuthClaims } from "./jwt.js"
import { newSessionValue, SESSION_COOKIE, sessionCookieHeader, sessionHash, sessionIdOf } from "./session-cookie.js"
import { readCookie } from "./credentials.js"

export { SESSION_COOKIE }

const CLAIMS_OF_THE_TOKEN = new Set(["iat", "exp", "nbf", "jti"])

const setCookie = (request: FastifyRequest, reply: FastifyReply, value: string, maxAgeSeconds: number) =>
  reply.header("set-cookie", sessionCookieHeader(value, { maxAgeSeconds, secure: request.protocol === "https" }))

/** Opens a session for a verified token's claims and sets its cookie. */
export async function openSession(
  app: App,
  request: FastifyRequest,
  reply: FastifyReply,
  claims: AuthClaims,
): Promise<StoredSession> {
  const ttl = durationMs(app.config.sessionExpiresIn)!
  const { id, value } = newSessionValue(await app.secrets.keys("cookie"))
  const context = Object.fromEntries(Object.entries(claims).filter(([k]) => !CLAIMS_OF_THE_TOKEN.has(k)))
  const session = await openSessionWorkflow(app.container, {
    token_hash: sessionHash(id),
    actor_type: claims.actor_type,
    actor_id: claims.actor_id ?? "",
    auth_identity_id: claims.auth_identity_id,
    auth_context: context,
    ttl,
  })
  setCookie(request, reply, value, Math.floor(ttl / 1000))
  return session
}

/** The live session the request's cookie names (signature checked before any database read). */
export async function currentSession(app: App, request: FastifyRequest): Promise<StoredSession | undefined> {
  const value = readCookie(request.headers.cookie, SESSION_COOKIE)
  if (!value) return undefined
  let id = sessionIdOf(value, await app.secrets.keys("cookie"))
  if (!id && (await app.secrets.reread("cookie"))) id = sessionIdOf(value, await app.secrets.keys("cookie"))
  return id ? app.container.modules.auth.findSession(sessionHash(id)) : undefined
}

/** Logout: revokes the session (for every process: it is gone from the table) and clears the cookie. */
export async function endSession(app: App, request: FastifyRequest, reply: FastifyReply, session: StoredSession) {
  await endSessionWorkflow(app.container, session.id)
  setCookie(request, reply, "", 0)
}
