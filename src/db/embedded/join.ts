import { newClient } from "../client.js"

/** Why a connection to `url` fails, or undefined when it succeeds. */
export async function connectError(url: string, timeoutMs = 2000): Promise<Error | undefined> {
  const client = newClient({ connectionString: url, connectionTimeoutMillis: timeoutMs })
  try {
    await client.connect()
    await client.end()
    return undefined
  } catch (error) {
    return error as Error
  }
}

// answers that waiting will not change (the credentials do not match); anything else (starting,
// recovering, a connection timing out on a loaded machine) is retried until the deadline
const REFUSED = new Set(["28P01", "28000"])

/**
 * A salesgraph process never starts a second PostgreSQL on a data directory whose server runs:
 * it joins that server, waiting while it is starting, or stops with why it cannot (the
 * credentials no longer match, the server refuses connections).
 */
export async function joinRunning(
  url: string,
  server: { pid: number; port: number },
  pgdata: string,
  timeoutMs = 60_000,
) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const error = await connectError(url, 10_000)
    if (!error) return
    const code = (error as { code?: string }).code ?? ""
    if (REFUSED.has(code) || Date.now() > deadline) {
      throw new Error(
        `the embedded PostgreSQL in ${pgdata} is already running (pid ${server.pid}, port ${server.port}) and this ` +
          `salesgraph cannot join it: ${error.message}. A second server on the same directory would corrupt it; ` +
          `stop that one (kill -INT ${server.pid}) or fix ${pgdata}/../credentials.json.`,
      )
    }
    await new Promise((r) => setTimeout(r, 100))
  }
}
