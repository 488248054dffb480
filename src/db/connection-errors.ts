/**
 * Whether an error says the database cannot be reached (as opposed to a statement it refused):
 * refused or reset sockets, a connection closed under a query, a connect timeout, and the
 * server's own "not now" codes — 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03
 * cannot_connect_now (starting up, shutting down, in recovery) and class 08 (connection exception).
 */
export function isConnectionError(error: unknown): boolean {
  if (!error || typeof error !== "object") return false
  const { code, message } = error as { code?: unknown; message?: unknown }
  if (typeof code === "string") {
    if (code === "57P01" || code === "57P02" || code === "57P03" || /^08[0-9A-Z]{3}$/.test(code)) return true
    if (NETWORK_CODES.has(code)) return true
  }
  return typeof message === "string" && CLIENT_MESSAGES.test(message)
}

const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTCONN",
])
// pg's own words when a connection ends under it or is no longer usable
const CLIENT_MESSAGES =
  /Connection terminated|connection timeout|timeout expired|is not queryable|the database system is/i
