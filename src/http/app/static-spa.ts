import type { FastifyInstance, FastifyPluginAsync, FastifyReply } from "fastify"
import { existsSync } from "node:fs"
import { join } from "node:path"
import { lazyInstance } from "./lazy-instance.js"

export interface StaticSpaOptions {
  /** the built app's directory (index.html, assets/) */
  root: string
  /** the 404 message when root holds no index.html: which command builds it */
  notBuilt: string
  /** headers sent with index.html */
  pageHeaders?: Record<string, string>
}

/**
 * A built single-page app under a prefix: files from the build, hashed assets cached for good,
 * and every other path answered with index.html, whose client router picks the view. Without a
 * build, a 404 that says how to make one. @fastify/static is loaded by the first request
 * (lazy-instance.ts), not at start.
 */
export function staticSpa(options: StaticSpaOptions): FastifyPluginAsync {
  return async (server) => {
    const prefix = server.prefix
    const forward = lazyInstance(async (inner) => {
      await inner.register(spaRoutes(options), { prefix })
    })
    server.get("/", forward)
    server.get("/*", forward)
  }
}

function spaRoutes({ root, notBuilt, pageHeaders = {} }: StaticSpaOptions) {
  return async (server: FastifyInstance) => {
    await server.register((await import("@fastify/static")).default, { root, serve: false })

    const sendIndex = (reply: FastifyReply) => {
      if (!existsSync(join(root, "index.html"))) return reply.status(404).send({ type: "not_found", message: notBuilt })
      return reply
        .headers({ "x-content-type-options": "nosniff", ...pageHeaders })
        .sendFile("index.html", { maxAge: 0, immutable: false, cacheControl: false })
    }

    server.get("/", async (_request, reply) => {
      reply.header("cache-control", "no-cache")
      return sendIndex(reply)
    })
    // the pages' servers may have no zod validator compiler: the wildcard is typed, not validated
    server.get<{ Params: { "*": string } }>("/*", async (request, reply) => {
      const path = request.params["*"]
      const last = path.slice(path.lastIndexOf("/") + 1)
      // a file (assets/index-3f2a.js, favicon.svg): served or a plain 404, never the page
      if (last.includes(".")) {
        const hashed = path.startsWith("assets/")
        return reply
          .header("x-content-type-options", "nosniff")
          .sendFile(path, { maxAge: hashed ? "365d" : 0, immutable: hashed })
      }
      reply.header("cache-control", "no-cache")
      return sendIndex(reply)
    })
  }
}
