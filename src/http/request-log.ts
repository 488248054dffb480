import { LogController, type FastifyReply, type FastifyRequest } from "fastify"
import type { Logger } from "pino"

export interface RequestLogOptions {
  /** LOG_REQUESTS=1: store requests at info too */
  storeAtInfo: boolean
  /** LOG_SLOW_MS: slower requests are logged at warn */
  slowMs: number
}

/** The level of one finished request's line (docs/logging.md). */
export function requestLevel(
  request: { url: string },
  status: number,
  ms: number,
  options: RequestLogOptions,
): "error" | "warn" | "info" | "debug" {
  if (status >= 500) return "error"
  if (ms >= options.slowMs) return "warn"
  // the storefront's hot path: a line per product page view is noise at info
  if (request.url.startsWith("/store/") && !options.storeAtInfo) return "debug"
  return "info"
}

/**
 * Fastify's request lines, replaced: none when a request arrives, one when it has been answered
 * with method, path, status and duration in the message (and as fields, for JSON readers), at
 * the level requestLevel gives. Server errors and slow requests are logged down to LOG_LEVEL=warn
 * whatever LOG_REQUESTS says.
 */
export class RequestLog extends LogController {
  constructor(private readonly options: RequestLogOptions) {
    super()
  }

  override incomingRequest() {}

  override routeNotFound() {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply) {
    const ms = reply.elapsedTime
    const level = error ? "error" : requestLevel(request, reply.statusCode, ms, this.options)
    // the hot path's lines are dropped before their message is built
    // (without a logger, Fastify's stand-in has no levels: nothing is logged)
    if (!(request.log as Partial<Logger>).isLevelEnabled?.(level)) return
    const path = request.url.split("?")[0]
    const slow = level === "warn" ? " (slow)" : ""
    request.log[level](
      { req: request, res: reply, responseTime: ms, ...(error ? { err: error } : {}) },
      `${request.method} ${path} ${reply.statusCode} ${Math.round(ms)} ms${slow}`,
    )
  }
}
