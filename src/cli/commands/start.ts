import cluster from "node:cluster"
import type { FastifyInstance } from "fastify"
import { openApp, type App } from "../../app/app.js"
import { loadConfig } from "../../app/config.js"
import { serverLogger } from "../../http/logger.js"
import { createDefaultsWorkflow } from "../../workflows/defaults/create-defaults.js"
import { bannerLines, bannerState, printBanner } from "../terminal/banner.js"
import { logDestination, logFormat } from "../terminal/log-destination.js"

/** How long in-flight requests and the outbox get after SIGTERM before the process gives up. */
const SHUTDOWN_GRACE_MS = 30_000

/**
 * Starts the server. On the embedded database it migrates first (a fresh clone needs nothing
 * else); with DATABASE_URL it migrates too, unless SALESGRAPH_NO_MIGRATE=1 (run db:migrate).
 * SIGTERM/SIGINT: stop accepting, finish in-flight requests, drain the outbox, stop PostgreSQL.
 * A signal that arrives while starting is kept and honoured as soon as there is something to
 * stop, so an orchestrator that gives up early does not leave an embedded PostgreSQL behind.
 * With `workers`, this process is the primary of a cluster (start-workers.ts); each worker runs
 * this function too, on the database the primary opened, without migrating or announcing.
 */
export async function startCommand(options: { workers?: number } = {}) {
  if (options.workers && cluster.isPrimary) return (await import("./start-workers.js")).startWorkers(options.workers)
  const worker = cluster.isWorker
  const started = performance.now()
  const config = loadConfig()
  const format = logFormat(config)
  const logger = serverLogger(config.logLevel, await logDestination(format))

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
  // the primary is gone (killed): nothing hands this worker connections any more
  if (worker) process.on("disconnect", () => onSignal("disconnect"))

  // the HTTP layer loads while the database starts (both take a few hundred milliseconds)
  const http = import("../../http/server.js")
  app = await openApp(config, {
    migrate: process.env.SALESGRAPH_NO_MIGRATE !== "1",
    log: { info: (m) => logger.info(m), warn: (m) => logger.warn(m), error: (o, m) => logger.error(o, m) },
    onFatal: (error) => {
      // nothing left to serve: exit non-zero so that a process manager acts (pino writes synchronously)
      logger.fatal({ err: error }, "the embedded database could not be started again; exiting")
      process.exit(1)
    },
  })
  if (pending) return stop(pending)
  if (app.migrations.applied.length) logger.info({ migrations: app.migrations.applied.length }, "migrated")
  // a worker's primary made them (and prints the key)
  const defaults = worker ? undefined : await createDefaultsWorkflow(app.container)
  // on a first start the secrets are generated now, not by the first request that needs one
  await Promise.all([app.secrets.keys("jwt"), app.secrets.keys("cookie")])
  server = await (await http).buildServer(app, { logger: logger as never })
  // a response finished while stopping closes its connection: a keep-alive client would
  // otherwise hold the server open (close() waits for every connection) until the grace ends
  server.addHook("onSend", async (_request, reply) => {
    if (stopping) reply.header("connection", "close")
  })
  const address = await server.listen({ port: config.port, host: config.host }).catch(async (error) => {
    // a busy port: stop the database this process started before the error is reported
    await app?.close()
    throw error
  })
  ready = true
  if (pending) return stop(pending)
  if (worker) return
  const ms = Math.round(performance.now() - started)
  const facts = { address, config, ms, publishableKey: defaults?.publishable_key?.token, ...(await bannerState(app)) }
  printBanner(bannerLines(facts), format, logger)
}
