/**
 * Medusa's `parseCorsOrigins`: a comma-separated list where an entry written as a regex
 * literal (`/vercel\.app$/`, `/^https:\/\/.*\.example\.com$/i`) is a RegExp, anything else an
 * exact origin. As Medusa's cors middleware, a RegExp is tested unanchored and `g`/`y` are
 * dropped (they make `test` stateful).
 */
export type CorsOrigin = string | RegExp

function regexpOf(entry: string): RegExp | undefined {
  const m = /^([/~@;%#'])(.*?)\1([gimsuy]*)$/.exec(entry)
  if (!m) return undefined
  try {
    new RegExp(m[2], m[3])
    return new RegExp(m[2], m[3].replace(/[gy]/g, ""))
  } catch {
    return undefined
  }
}

export function parseCorsOrigins(list: string | undefined): CorsOrigin[] {
  return !list ? [] : list.split(",").map((entry) => regexpOf(entry) ?? entry)
}

export function originAllowed(origin: string, allowed: readonly CorsOrigin[]): boolean {
  return allowed.some((a) => (typeof a === "string" ? a === origin : a.test(origin)))
}

/** Unset lists allow a browser on this machine only: http://localhost or 127.0.0.1, any port. */
export const LOCAL_ORIGINS: CorsOrigin[] = [/^http:\/\/(localhost|127\.0\.0\.1)(:\d{1,5})?$/]
