import { createSecretKey, type KeyObject } from "node:crypto"
import { jwtVerify, SignJWT, type JWTPayload } from "jose"

/** Claims as Medusa puts them in its tokens (docs/medusa-contract.md §6). */
export interface AuthClaims extends JWTPayload {
  actor_id: string
  actor_type: string
  auth_identity_id: string
  app_metadata?: Record<string, unknown>
  user_metadata?: Record<string, unknown>
  auth_provider?: string
}

// one key object per secret: handing jose raw bytes imports a fresh key on every request
const keys = new Map<string, KeyObject>()
function key(secret: string): KeyObject {
  let k = keys.get(secret)
  if (!k) keys.set(secret, (k = createSecretKey(Buffer.from(secret, "utf8"))))
  return k
}

/** A token signed with `secret`, valid for `expiresIn` ("1h", or milliseconds). */
export async function signToken(
  claims: Omit<AuthClaims, "iat" | "exp">,
  secret: string,
  expiresIn: string | number,
): Promise<string> {
  return new SignJWT({
    auth_provider: "emailpass",
    mfa_enabled: false,
    mfa_challenge_completed_at: null,
    user_metadata: {},
    ...claims,
  })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setIssuedAt()
    .setExpirationTime(typeof expiresIn === "number" ? Math.floor((Date.now() + expiresIn) / 1000) : expiresIn)
    .sign(key(secret))
}

/** The claims of a valid, unexpired HS256 token signed with one of `secrets`; undefined otherwise. */
export async function verifyToken(token: string, secrets: readonly string[]): Promise<AuthClaims | undefined> {
  for (const secret of secrets) {
    try {
      const { payload } = await jwtVerify(token, key(secret), { algorithms: ["HS256"] })
      return payload as AuthClaims
    } catch {
      // the next secret, if any
    }
  }
  return undefined
}
