/** The token of an `Authorization: Bearer …` header, if that is what it holds. */
export function bearerToken(header: string | undefined): string | undefined {
  return header?.startsWith("Bearer ") ? header.slice(7).trim() : undefined
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const [k, ...v] = part.trim().split("=")
    if (k !== name) continue
    try {
      return decodeURIComponent(v.join("="))
    } catch {
      return undefined // a malformed escape (`%`) is no session, not a server error
    }
  }
  return undefined
}
