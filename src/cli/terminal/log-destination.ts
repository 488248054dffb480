import type { DestinationStream } from "pino"
import type { Config } from "../../app/config.js"

/** What the server's log looks like: LOG_FORMAT when set, otherwise readable on a terminal only. */
export function logFormat(
  config: Pick<Config, "logFormat">,
  stdout: { isTTY?: boolean } = process.stdout,
): "pretty" | "json" {
  return config.logFormat ?? (stdout.isTTY ? "pretty" : "json")
}

/**
 * Where pino writes: stdout as JSON lines (undefined: pino's own destination), or pino-pretty's
 * readable lines, loaded only then. Synchronous, so a line logged just before `process.exit`
 * (a fatal error) is on the terminal. Request lines carry their summary in the message
 * (src/http/request-log.ts), so their structured fields are left out here.
 */
export async function logDestination(format: "pretty" | "json"): Promise<DestinationStream | undefined> {
  if (format === "json") return undefined
  const { default: pretty } = await import("pino-pretty")
  return pretty({
    destination: 1,
    sync: true,
    translateTime: "SYS:HH:MM:ss.l",
    ignore: "pid,hostname,reqId,req,res,responseTime",
    singleLine: true,
  })
}
