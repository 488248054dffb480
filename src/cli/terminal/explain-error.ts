import { ConfigError } from "../../app/config.js"
import { portOwner } from "./port-owner.js"

interface SystemError {
  code?: string
  message?: string
  port?: number
  address?: string
  hostname?: string
  errors?: unknown[]
  cause?: unknown
}

const SOCKET_REASONS: Record<string, string> = {
  ECONNREFUSED: "connection refused",
  ENOTFOUND: "no such host",
  EAI_AGAIN: "the host name could not be resolved",
  ETIMEDOUT: "the connection timed out",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
  ECONNRESET: "the connection was reset",
}

/** The error, or the first one under it (`cause`, an AggregateError's `errors`), that has a code. */
function coded(error: unknown): SystemError | undefined {
  for (let e = error as SystemError | undefined, depth = 0; e && depth < 5; depth++) {
    if (typeof e.code === "string" && e.code !== "DATABASE_UNAVAILABLE") return e
    e = (e.errors?.[0] ?? e.cause) as SystemError | undefined
  }
  return undefined
}

/** host:port of DATABASE_URL, never its password. */
export function databaseHost(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl)
    return `${url.hostname}:${url.port || "5432"}`
  } catch {
    return "(unparsable URL)"
  }
}

/**
 * A CLI command's failure as one line a person can act on: what went wrong and what to do
 * next. Known causes (a busy port, an unreachable or refusing DATABASE_URL, bad configuration)
 * get their own words; anything else its message's first line and a pointer to --verbose.
 */
export function explainError(error: unknown, databaseUrl = process.env.DATABASE_URL): string {
  if (error instanceof ConfigError) {
    const [head, ...issues] = error.message.split("\n").map((line) => line.trim())
    return `${[head, issues.join("; ")].filter(Boolean).join(" ")} (fix the environment or salesgraph.config.json)`
  }
  const e = coded(error)
  const code = e?.code ?? ""
  if (code === "EADDRINUSE") {
    const owner = e?.port ? portOwner(e.port) : undefined
    const who = owner ? ` by pid ${owner.pid} (${owner.command})` : ""
    return `port ${e?.port} is already in use${who}: stop that process, or start on another port with PORT=<port>`
  }
  if (code === "EACCES" && e?.port !== undefined) {
    return `port ${e.port} needs more privileges than this user has: use a port above 1023 (PORT=9000)`
  }
  const where = databaseUrl ? `DATABASE_URL ${databaseHost(databaseUrl)}` : "the database"
  if (SOCKET_REASONS[code] && (e?.port !== undefined || e?.hostname !== undefined || databaseUrl)) {
    return `cannot reach ${where}: ${SOCKET_REASONS[code]} (is PostgreSQL running there? check DATABASE_URL)`
  }
  if (code === "28P01" || code === "28000") {
    return `${where} refused the login: ${e?.message} (check the user and password in DATABASE_URL)`
  }
  if (code === "3D000") return `${where}: ${e?.message} (create it, or name another one in DATABASE_URL)`
  const message = error instanceof Error ? error.message : String(error)
  const first = message.split("\n")[0] || (error as Error)?.constructor?.name || "unknown error"
  return `${first} (run again with --verbose for details)`
}
