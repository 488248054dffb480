import type { FastifyPluginAsync } from "fastify"
import { fileURLToPath } from "node:url"
import { staticSpa } from "../app/static-spa.js"

/** The folder with the dashboard's own package.json and lockfile (kept out of salesgraph's
 * dependencies: @medusajs/dashboard and its bundler are heavy); the repository root is three
 * levels up from this file both as src/http/dashboard/*.ts and as dist/http/dashboard/*.js. */
export const DASHBOARD_PACKAGE_DIR = fileURLToPath(new URL("../../../dashboard/", import.meta.url))

/** Where `salesgraph dashboard` puts the built dashboard. */
export const DASHBOARD_BUILD_DIR = fileURLToPath(new URL("../../../dashboard/build/", import.meta.url))

const NOT_BUILT =
  "Medusa's dashboard is not built: run `npx salesgraph dashboard` (it builds it once, then serves it here)."

/** Medusa's admin dashboard (@medusajs/dashboard) at /dashboard, as Medusa serves it at /app. */
export function dashboardPage(options: { root?: string } = {}): FastifyPluginAsync {
  return staticSpa({ root: options.root ?? DASHBOARD_BUILD_DIR, notBuilt: NOT_BUILT })
}
