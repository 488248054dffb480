import { existsSync } from "node:fs"
import { join, resolve } from "node:path"
import type { Logger } from "pino"
import type { App } from "../../app/app.js"
import type { Config } from "../../app/config.js"
import { migrationSources } from "../../app/migrations.js"
import { DASHBOARD_BUILD_DIR } from "../../http/dashboard/dashboard-page.js"
import { databaseHost } from "./explain-error.js"

export interface BannerFacts {
  address: string
  config: Config
  ms: number
  /** "4 workers, " in a cluster */
  workers?: number
  publishableKey?: string
  /** this start applied every migration: the database was empty */
  fresh: boolean
  hasAdminUser: boolean
}

/** What the banner needs to know from the opened application. */
export async function bannerState(app: App): Promise<Pick<BannerFacts, "fresh" | "hasAdminUser">> {
  const total = migrationSources().reduce((n, source) => n + source.migrations.length, 0)
  const users = await app.container.modules.user.listUsers({}, { select: ["id"], take: 1 })
  return { fresh: app.migrations.applied.length === total, hasAdminUser: users.length > 0 }
}

/**
 * The lines `start` prints once it listens: where the API, the admin page, the API docs and
 * Medusa's dashboard are, which database, the publishable key, and on a new database what to
 * do first. The first and the key lines keep their words: scripts read them (soak, e2e).
 */
export function bannerLines(f: BannerFacts): string[] {
  const { address, config } = f
  const database = config.databaseUrl
    ? `PostgreSQL server at ${databaseHost(config.databaseUrl)} (DATABASE_URL)`
    : `embedded PostgreSQL in ${resolve(config.dataDir)}`
  const workers = f.workers ? `${f.workers} workers, ` : ""
  const dashboard = existsSync(join(DASHBOARD_BUILD_DIR, "index.html"))
    ? `${address}/dashboard`
    : "run `npx salesgraph dashboard` (builds it once, then serves it at /dashboard)"
  const lines = [
    `salesgraph listening on ${address} (${workers}${database}, ready in ${f.ms} ms)`,
    `  API:                ${address}/admin, ${address}/store, ${address}/auth`,
    `  admin page:         ${address}/app`,
    `  API docs (OpenAPI): ${address}/docs`,
    `  Medusa's dashboard: ${dashboard}`,
  ]
  if (f.publishableKey)
    lines.push(`publishable API key: ${f.publishableKey} (send it as x-publishable-api-key to /store)`)
  const kind = config.databaseUrl ? "database" : "data directory"
  lines.push(
    f.fresh
      ? `a new ${kind}: migrated, with a default sales channel, store and publishable key`
      : `an existing ${kind}: already set up, nothing created`,
  )
  if (!f.hasAdminUser) lines.push("no admin user yet: npx salesgraph user -e you@example.com -p <password>")
  if (f.fresh) lines.push("a demo catalogue (optional): npx salesgraph seed")
  return lines
}

/** Readable lines on a terminal; in JSON mode one log entry each (whatever LOG_LEVEL says). */
export function printBanner(lines: string[], format: "pretty" | "json", logger: Logger) {
  if (format === "pretty") {
    process.stdout.write(`\n${lines.join("\n")}\n\n`)
    return
  }
  const banner = logger.child({ banner: true }, { level: "info" })
  for (const line of lines) banner.info(line.trim())
}
