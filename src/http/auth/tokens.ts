import type { App } from "../../app/app.js"
import { durationMs } from "../../app/duration.js"
import { signToken, verifyToken, type AuthClaims } from "./jwt.js"

/** A JWT for these claims, signed with the current secret, for JWT_EXPIRES_IN. */
export async function issueToken(app: App, claims: Omit<AuthClaims, "iat" | "exp">): Promise<string> {
  const { current } = await app.secrets.keys("jwt")
  return signToken(claims, current, durationMs(app.config.jwtExpiresIn)!)
}

/**
 * The claims of a token signed with the current secret or a previous one still in its grace.
 * A token none verifies may come after a rotation this process has not heard of yet: the
 * secrets are read again (at most once a second) and it is tried once more.
 */
export async function verifyAppToken(app: App, token: string): Promise<AuthClaims | undefined> {
  const keys = await app.secrets.keys("jwt")
  const claims = await verifyToken(token, [keys.current, ...keys.previous])
  if (claims || token.split(".").length !== 3 || !(await app.secrets.reread("jwt"))) return claims
  const fresh = await app.secrets.keys("jwt")
  return verifyToken(token, [fresh.current, ...fresh.previous])
}
