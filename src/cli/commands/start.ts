import pino from "pino"
import { openApp } from "../../app/app.js"
import { loadConfig } from "../../app/config.js"
import { buildServer } from "../../http/server.js"
import { createDefaultsWorkflow } from "../../workflows/defaults/create-defaults.js"

/**
 * Starts the server. On the embedded database it migrates first (a fresh clone needs nothing
 * else); with DATABASE_URL it migrates too, unless SALESGRAPH_NO_MIGRATE=1 (run db:migrate).
 * SIGTERM/SIGINT: stop accepting, finish in-flight requests, drain the outbox, stop PostgreSQL.
 */
export async function startCommand() {
  const started = performance.now()
  const config = loadConfig()
  const logger = pino({
    level: config.logLevel,
    redact: ["req.headers.authorization", "req.headers.cookie", 'req.headers["x-publishable-api-key"]'],
  })
  const app = await openApp(config, {
    migrate: process.env.SALESGRAPH_NO_MIGRATE !== "1",
    log: { info: (m) => logger.info(m), warn: (m) => logger.warn(m), error: (o, m) => logger.error(o, m) },
  })
  const defaults = await createDefaultsWorkflow(app.container)
  const server = await buildServer(app, { logger: logger as never })
  const address = await server.listen({ port: config.port, host: config.host })
  const ms = Math.round(performance.now() - started)
  const database = config.databaseUrl ? "PostgreSQL server (DATABASE_URL)" : `embedded PostgreSQL in ${config.dataDir}`
  console.log(`salesgraph listening on ${address} (${database}, ready in ${ms} ms)`)
  if (defaults.publishable_key) console.log(`publishable API key: ${defaults.publishable_key.token}`)

  let stopping = false
  const stop = async (signal: string) => {
    if (stopping) return
    stopping = true
    logger.info({ signal }, "shutting down")
    const force = setTimeout(() => process.exit(1), 30_000)
    force.unref()
    try {
      await server.close()
      await app.core.dispatcher.drain()
      await app.close()
    } finally {
      process.exit(0)
    }
  }
  process.on("SIGTERM", () => void stop("SIGTERM"))
  process.on("SIGINT", () => void stop("SIGINT"))
}
