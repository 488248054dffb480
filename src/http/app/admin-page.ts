import fastifyStatic from "@fastify/static"
import type { FastifyPluginAsync, FastifyReply } from "fastify"
import { existsSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"

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

/**
 * The admin page at /app (register with `{ prefix: "/app" }`): files from the Vite build, hashed
 * assets cached for good, and every other path under /app answered with index.html, whose
 * client router picks the view. Without a build, a 404 that says how to make one.
 */
export function adminPage(options: { root?: string } = {}): FastifyPluginAsync {
  const root = options.root ?? ADMIN_PAGE_DIR
  return async (server) => {
    await server.register(fastifyStatic, { root, serve: false })

    const sendIndex = (reply: FastifyReply) => {
      if (!existsSync(join(root, "index.html"))) return reply.status(404).send({ type: "not_found", message: NOT_BUILT })
      return reply
        .header("content-security-policy", CSP)
        .header("x-content-type-options", "nosniff")
        .header("referrer-policy", "no-referrer")
        .sendFile("index.html", { maxAge: 0, immutable: false, cacheControl: false })
    }

    server.get("/", async (_request, reply) => {
      reply.header("cache-control", "no-cache")
      return sendIndex(reply)
    })
    server.get("/*", async (request, reply) => {
      const path = (request.params as { "*": string })["*"]
      const last = path.slice(path.lastIndexOf("/") + 1)
      // a file (assets/index-3f2a.js, favicon.svg): served or a plain 404, never the page
      if (last.includes(".")) {
        const hashed = path.startsWith("assets/")
        return reply.header("x-content-type-options", "nosniff").sendFile(path, { maxAge: hashed ? "365d" : 0, immutable: hashed })
      }
      reply.header("cache-control", "no-cache")
      return sendIndex(reply)
    })
  }
}
