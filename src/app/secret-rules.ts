/** Secrets found in tutorials and sample configs: anyone who has read them can sign tokens. */
const KNOWN_DEFAULTS = new Set([
  "supersecret",
  "secret",
  "jwt_secret",
  "jwtsecret",
  "cookie_secret",
  "cookiesecret",
  "changeme",
  "change-me",
  "password",
  "something",
  "medusa",
  "anchor-jwt-secret",
  "anchor-cookie-secret",
])

export const MIN_SECRET_BYTES = 32

/** Why this configured secret must not be used, or undefined when it may. */
export function secretProblem(value: string): string | undefined {
  const advice = `set a random value of at least ${MIN_SECRET_BYTES} bytes (openssl rand -base64 48), or unset it to keep a generated one in the database`
  if (KNOWN_DEFAULTS.has(value.trim().toLowerCase())) return `"${value}" is a well-known default secret; ${advice}`
  if (Buffer.byteLength(value, "utf8") < MIN_SECRET_BYTES) return `is shorter than ${MIN_SECRET_BYTES} bytes; ${advice}`
  if (new Set(value).size < 8) return `has fewer than 8 distinct characters; ${advice}`
  return undefined
}
