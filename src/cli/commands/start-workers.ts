import cluster, { type Worker } from "node:cluster"
import { openApp } from "../../app/app.js"
import { loadConfig } from "../../app/config.js"
import { startEmbeddedCluster, type EmbeddedCluster } from "../../db/embedded/cluster.js"
import { serverLogger } from "../../http/logger.js"
import { createDefaultsWorkflow } from "../../workflows/defaults/create-defaults.js"
import { bannerLines, bannerState, printBanner } from "../terminal/banner.js"
import { logDestination, logFormat } from "../terminal/log-destination.js"

/** How long the workers get to stop after SIGTERM (their own grace is 30 s) before the primary gives up. */
const SHUTDOWN_GRACE_MS = 35_000

/**
 * `start --workers N`: this process (the primary) starts or adopts the embedded PostgreSQL (or
 * checks DATABASE_URL), migrates and creates the defaults once, then forks N workers that serve
 * the same port (node's cluster hands each connection to one of them). Workers get the
 * database's URL and do not migrate. SIGTERM/SIGINT: every worker stops as `start` does (in-flight
 * requests, outbox), then the primary stops the embedded PostgreSQL. A worker that dies after
 * the start is replaced; one that dies while starting stops everything (exit 1).
 */
export async function startWorkers(count: number) {
  const started = performance.now()
  const config = loadConfig()
  const format = logFormat(config)
  const logger = serverLogger(config.logLevel, await logDestination(format))
  let embedded: EmbeddedCluster | undefined
  let stopping: Promise<never> | undefined
  let ready = false
  let pending: string | undefined

  const stop = (reason: string, code = 0) => {
    stopping ??= (async () => {
      logger.info({ reason }, "stopping workers")
      setTimeout(() => {
        logger.error({ graceMs: SHUTDOWN_GRACE_MS }, "workers took too long to stop; exiting")
        process.exit(1)
      }, SHUTDOWN_GRACE_MS).unref()
      const exits = Object.values(cluster.workers ?? {}).map((w) => workerGone(w!))
      for (const w of Object.values(cluster.workers ?? {})) w!.process.kill("SIGTERM")
      const codes = await Promise.all(exits)
      if (codes.some((c) => c !== 0)) code = 1
      await embedded?.stop().catch((error) => {
        code = 1
        logger.error({ err: error }, "stopping the embedded PostgreSQL failed")
      })
      logger.info("stopped")
      process.exit(code)
    })()
    return stopping
  }
  const onSignal = (signal: string) => (ready ? void stop(signal) : (pending ??= signal))
  process.on("SIGTERM", () => onSignal("SIGTERM"))
  process.on("SIGINT", () => onSignal("SIGINT"))

  let databaseUrl = config.databaseUrl
  if (!databaseUrl) {
    embedded = await startEmbeddedCluster({ dataDir: config.dataDir, log: (m) => logger.info(m) })
    databaseUrl = embedded.connectionString
  }
  if (pending) return stop(pending)
  const log = {
    info: (m: string) => logger.info(m),
    warn: (m: string) => logger.warn(m),
    error: (o: unknown, m?: string) => logger.error(o, m),
  }
  const app = await openApp(
    { ...config, databaseUrl },
    { migrate: process.env.SALESGRAPH_NO_MIGRATE !== "1", background: false, log },
  )
  if (app.migrations.applied.length) logger.info({ migrations: app.migrations.applied.length }, "migrated")
  const [defaults, state] = await Promise.all([createDefaultsWorkflow(app.container), bannerState(app)]).finally(() =>
    app.close(),
  )
  if (pending) return stop(pending)

  const env = { DATABASE_URL: databaseUrl, SALESGRAPH_NO_MIGRATE: "1" }
  const fork = () => {
    const worker = cluster.fork(env)
    let listening = false
    worker.on("listening", () => (listening = true))
    worker.on("exit", (code, signal) => {
      if (stopping) return
      logger.error(
        { worker: worker.process.pid, code, signal },
        listening ? "worker died; starting another" : "worker failed to start",
      )
      if (listening && ready) fork()
      else void stop("a worker failed to start", 1)
    })
    return new Promise<string>((resolve) => worker.on("listening", (a) => resolve(`http://${a.address}:${a.port}`)))
  }
  const addresses = await Promise.all(Array.from({ length: count }, fork))
  ready = true
  if (pending) return stop(pending)
  const ms = Math.round(performance.now() - started)
  const facts = { address: addresses[0], config, ms, workers: count, publishableKey: defaults.publishable_key?.token }
  printBanner(bannerLines({ ...facts, ...state }), format, logger)
}

function workerGone(worker: Worker): Promise<number> {
  if (worker.isDead()) return Promise.resolve(worker.process.exitCode ?? 1)
  return new Promise((resolve) => worker.once("exit", (code, signal) => resolve(signal ? 1 : code)))
}
