import type { FastifyError, FastifyReply, FastifyRequest } from "fastify"
import { STATUS_CODES } from "node:http"
import type { Socket } from "node:net"
import { DatabaseUnavailable } from "../db/availability.js"
import { isConnectionError } from "../db/connection-errors.js"
import { isSalesgraphError, type ErrorTypeName } from "../framework/errors.js"

/** Errors in Medusa's shape and status codes (docs/medusa-contract.md §5.1). Never a stack trace, never SQL. */

const STATUS: Record<ErrorTypeName, number> = {
  invalid_data: 400,
  not_allowed: 400,
  not_found: 404,
  unauthorized: 401,
  forbidden: 403,
  duplicate_error: 422,
  payment_authorization_error: 422,
  conflict: 409,
  unexpected_state: 500,
  invalid_argument: 500,
  database_error: 500,
}

const CONFLICT_MESSAGE =
  "The request conflicted with another request. You may retry the request with the provided Idempotency-Key."

export interface ErrorBody {
  type?: string
  message: string
  code?: string
  [k: string]: unknown
}

function capitalise(s: string) {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

/** PostgreSQL errors that reach the edge: constraint and data errors are the caller's. */
function fromPostgres(error: {
  code: string
  detail?: string
  table?: string
  column?: string
}): [number, ErrorBody] | undefined {
  const table = capitalise((error.table ?? "record").replace(/_/g, " "))
  const detail = /Key \((.+?)\)=\((.*?)\)/.exec(error.detail ?? "")
  switch (error.code) {
    // Medusa's module error mapper (dbErrorMapper): a unique violation is invalid_data (400),
    // `<Table> with <k1>: <v1>, <k2>: <v2>, already exists.` (checked against 2.21.2)
    case "23505":
      return [
        400,
        {
          type: "invalid_data",
          message: detail ? `${table} with ${keyPairs(detail)}, already exists.` : `${table} already exists.`,
        },
      ]
    case "23503":
      return [
        404,
        {
          type: "not_found",
          message: `You tried to set relationship ${detail ? keyPairs(detail) : "(unknown)"}, but such entity does not exist`,
        },
      ]
    case "23502":
      return [
        400,
        {
          type: "invalid_data",
          message: `Can't insert null value in field ${error.column} on insert in table ${error.table}`,
        },
      ]
    case "23514":
      return [400, { type: "invalid_data", message: `Invalid value for a field of ${table}` }]
    case "40001":
    case "40P01":
    case "55P03":
      return [409, { type: "conflict", code: "invalid_state_error", message: CONFLICT_MESSAGE }]
    default:
      // 22xxx: data exceptions (value out of range, invalid text representation, bad escape…)
      if (error.code?.startsWith("22"))
        return [400, { type: "invalid_data", message: "Invalid request: a value is not valid for its field" }]
      if (error.code?.startsWith("54"))
        return [400, { type: "invalid_data", message: "Invalid request: the request is too complex" }]
      return undefined
  }
}

/** `Key (a, b)=(x, y)` → `a: x, b: y` */
function keyPairs(detail: RegExpExecArray): string {
  const keys = detail[1].split(",").map((k) => k.trim())
  const values = detail[2].split(",").map((v) => v.trim())
  return keys.map((k, i) => `${k}: ${values[i] === "t" ? "true" : values[i] === "f" ? "false" : values[i]}`).join(", ")
}

function statusType(status: number): string {
  if (status === 401) return "unauthorized"
  if (status === 403) return "forbidden"
  if (status === 404) return "not_found"
  if (status === 409) return "conflict"
  return "invalid_data"
}

/**
 * The database is unreachable (down, restarting, or the connection was cut): 503 with
 * Retry-After, so that a client, a load balancer or a storefront knows waiting helps. A write
 * whose COMMIT met a lost connection answers this too: never 2xx for what may not be committed.
 */
const UNAVAILABLE: ErrorBody = { type: "unavailable", message: new DatabaseUnavailable().message }
export const RETRY_AFTER_SECONDS = 1

export function toHttpError(error: unknown): [number, ErrorBody] {
  // not an error that carries a status (a validation message may quote the caller's words)
  const statusless = typeof (error as { statusCode?: unknown })?.statusCode !== "number"
  if (!isSalesgraphError(error) && statusless && (error instanceof DatabaseUnavailable || isConnectionError(error)))
    return [503, { ...UNAVAILABLE }]
  if (isSalesgraphError(error)) {
    const status = STATUS[error.type] ?? 500
    if (error.type === "conflict")
      return [409, { type: "conflict", code: "invalid_state_error", message: CONFLICT_MESSAGE }]
    const body: ErrorBody = { type: error.type, message: error.message }
    if (error.code && !error.code.startsWith("FST_")) body.code = error.code
    if (error.type === "database_error") body.code = "api_error"
    return [status, body]
  }
  const e = error as FastifyError & { code?: string }
  if (typeof e?.code === "string" && /^[0-9A-Z]{5}$/.test(e.code) && "severity" in (e as object)) {
    const mapped = fromPostgres(e as never)
    if (mapped) return mapped
    return [500, { type: "database_error", code: "api_error", message: "An unknown database error occurred." }]
  }
  const status = e?.statusCode
  if (typeof status === "number" && status >= 400 && status < 500) {
    // body parser and framework errors (malformed JSON 400, too large 413, media type 415)
    return [status, { type: statusType(status), message: e.message }]
  }
  return [500, { code: "unknown_error", type: "unknown_error", message: "An unknown error occurred." }]
}

export function errorHandler(error: unknown, request: FastifyRequest, reply: FastifyReply) {
  const [status, body] = toHttpError(error)
  if (status === 503) {
    // the outage itself is logged once by the pool, not once per refused request
    reply.header("retry-after", String(RETRY_AFTER_SECONDS))
  } else if (status >= 500) request.log.error({ err: error }, "request failed")
  reply.status(status).send(body)
}

/**
 * Malformed HTTP (bytes the parser refuses, oversized headers, timeouts) never reaches a
 * route: answer in Medusa's shape, as the routes do, instead of Fastify's default body.
 */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket) {
  if (error.code === "ECONNRESET" || socket.destroyed) return
  const status = error.code === "ERR_HTTP_REQUEST_TIMEOUT" ? 408 : error.code === "HPE_HEADER_OVERFLOW" ? 431 : 400
  const reason = STATUS_CODES[status]!
  const body = JSON.stringify({
    type: "invalid_data",
    message: status === 400 ? "Bad Request: the request is not valid HTTP" : reason,
  })
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${reason}\r\ncontent-type: application/json; charset=utf-8\r\n` +
        `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    )
  }
  socket.destroy()
}
