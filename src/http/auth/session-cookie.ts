import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto"
import type { SigningKeys } from "../../app/secrets.js"

export const SESSION_COOKIE = "salesgraph.sid"

const sign = (id: string, secret: string) => createHmac("sha256", secret).update(id).digest("base64url")

/** What is stored for a session id: its hash, so the table alone opens nothing. */
export const sessionHash = (id: string) => createHash("sha256").update(id).digest("hex")

/** A new random session id and the cookie value carrying it, signed with the cookie secret. */
export function newSessionValue(keys: SigningKeys): { id: string; value: string } {
  const id = randomBytes(32).toString("base64url")
  return { id, value: `${id}.${sign(id, keys.current)}` }
}

/** The session id of a cookie value whose signature one of the keys made; undefined otherwise. */
export function sessionIdOf(value: string, keys: SigningKeys): string | undefined {
  const dot = value.lastIndexOf(".")
  if (dot <= 0) return undefined
  const id = value.slice(0, dot)
  const given = Buffer.from(value.slice(dot + 1))
  for (const secret of [keys.current, ...keys.previous]) {
    const expected = Buffer.from(sign(id, secret))
    if (given.length === expected.length && timingSafeEqual(given, expected)) return id
  }
  return undefined
}

export interface CookieOptions {
  maxAgeSeconds: number
  secure: boolean
}

/** The Set-Cookie header: HttpOnly, SameSite=Lax as Medusa's, Secure over HTTPS. */
export function sessionCookieHeader(value: string, options: CookieOptions): string {
  const parts = [`${SESSION_COOKIE}=${encodeURIComponent(value)}`, "Path=/", `Max-Age=${options.maxAgeSeconds}`]
  if (options.maxAgeSeconds > 0)
    parts.push(`Expires=${new Date(Date.now() + options.maxAgeSeconds * 1000).toUTCString()}`)
  parts.push("HttpOnly", "SameSite=Lax")
  if (options.secure) parts.push("Secure")
  return parts.join("; ")
}
