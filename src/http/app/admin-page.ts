import type { FastifyPluginAsync } from "fastify"
import { fileURLToPath } from "node:url"
import { staticSpa } from "./static-spa.js"

/** Where `npm run build` puts the admin page (admin-ui/ → dist/admin-ui): the repository root is
 * three levels up from this file both as src/http/app/*.ts and as dist/http/app/*.js. */
export const ADMIN_PAGE_DIR = fileURLToPath(new URL("../../../dist/admin-ui/", import.meta.url))

const NOT_BUILT = "The admin page is not built: run `npm run build` (it builds admin-ui/ into dist/admin-ui/)."

// The page only talks to this server; no inline script or style.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: https:",
  "connect-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ")

/** The admin page at /app (register with `{ prefix: "/app" }`), with a strict CSP. */
export function adminPage(options: { root?: string } = {}): FastifyPluginAsync {
  return staticSpa({
    root: options.root ?? ADMIN_PAGE_DIR,
    notBuilt: NOT_BUILT,
    pageHeaders: { "content-security-policy": CSP, "referrer-policy": "no-referrer" },
  })
}
