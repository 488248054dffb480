import pino, { type DestinationStream, type Logger as PinoLogger } from "pino"

/**
 * The server's pino logger (`start` uses it; the auth suite checks what it writes). Fastify's
 * request serializers log method, url, host and remote address: never headers or bodies. The
 * redaction is a second line should headers ever be logged (keys and tokens travel in these).
 */
export function serverLogger(level: string, destination?: DestinationStream): PinoLogger {
  const options = {
    level,
    redact: ["req.headers.authorization", "req.headers.cookie", 'req.headers["x-publishable-api-key"]'],
  }
  return destination ? pino(options, destination) : pino(options)
}
