import type { FastifyInstance } from "fastify"
import { existsSync } from "node:fs"
import { join } from "node:path"
import { openApp, type App } from "../../app/app.js"
import { loadConfig } from "../../app/config.js"
import { DASHBOARD_BUILD_DIR } from "../../http/dashboard/dashboard-page.js"
import { serverLogger } from "../../http/logger.js"
import { createDefaultsWorkflow } from "../../workflows/defaults/create-defaults.js"

/** How long in-flight requests and the outbox get after SIGTERM before the process gives up. */
const SHUTDOWN_GRACE_MS = 30_000

/**
 * Starts the server. On the embedded database it migrates first (a fresh clone needs nothing
 * else); with DATABASE_URL it migrates too, unless SALESGRAPH_NO_MIGRATE=1 (run db:migrate).
 * SIGTERM/SIGINT: stop accepting, finish in-flight requests, drain the outbox, stop PostgreSQL.
 * A signal that arrives while starting is kept and honoured as soon as there is something to
 * stop, so an orchestrator that gives up early does not leave an embedded PostgreSQL behind.
 */
export async function startCommand() {
  const started = performance.now()
  const config = loadConfig()
  const logger = serverLogger(config.logLevel)

  // test-only (src/reliability/crash.test.ts): an event sink and a kill switch, loaded only then
  const crashHooks = process.env.SALESGRAPH_TEST_EVENT_SINK
    ? (await import("../reliability/crash-hooks.js")).installCrashHooks(process.env)
    : undefined

  let app: App | undefined
  let server: FastifyInstance | undefined
  let stopping: Promise<void> | undefined
  const stop = (signal: string) => {
    stopping ??= (async () => {
      logger.info({ signal }, "shutting down")
      const force = setTimeout(() => {
        logger.error({ graceMs: SHUTDOWN_GRACE_MS }, "shutdown took too long; exiting")
        process.exit(1)
      }, SHUTDOWN_GRACE_MS)
      force.unref()
      let code = 0
      try {
        // resolves once every in-flight request has been answered
        await server?.close()
        await app?.core.dispatcher.drain()
        await app?.close()
        logger.info("stopped")
      } catch (error) {
        code = 1
        logger.error({ err: error }, "shutdown failed")
      }
      process.exit(code)
    })()
    return stopping
  }
  let pending: string | undefined
  let ready = false
  const onSignal = (signal: string) => (ready ? void stop(signal) : (pending ??= signal))
  process.on("SIGTERM", () => onSignal("SIGTERM"))
  process.on("SIGINT", () => onSignal("SIGINT"))

  // the HTTP layer loads while the database starts (both take a few hundred milliseconds)
  const http = import("../../http/server.js")
  app = await openApp(config, {
    migrate: process.env.SALESGRAPH_NO_MIGRATE !== "1",
    log: { info: (m) => logger.info(m), warn: (m) => logger.warn(m), error: (o, m) => logger.error(o, m) },
  })
  if (pending) return stop(pending)
  const defaults = await createDefaultsWorkflow(app.container)
  server = await (await http).buildServer(app, { logger: logger as never })
  // a response finished while stopping closes its connection: a keep-alive client would
  // otherwise hold the server open (close() waits for every connection) until the grace ends
  server.addHook("onSend", async (_request, reply) => {
    if (stopping) reply.header("connection", "close")
  })
  const address = await server.listen({ port: config.port, host: config.host })
  crashHooks?.arm()
  ready = true
  if (pending) return stop(pending)
  const ms = Math.round(performance.now() - started)
  const database = config.databaseUrl ? "PostgreSQL server (DATABASE_URL)" : `embedded PostgreSQL in ${config.dataDir}`
  console.log(`salesgraph listening on ${address} (${database}, ready in ${ms} ms)`)
  if (existsSync(join(DASHBOARD_BUILD_DIR, "index.html"))) console.log(`Medusa's dashboard: ${address}/dashboard`)
  if (defaults.publishable_key) console.log(`publishable API key: ${defaults.publishable_key.token}`)
}
