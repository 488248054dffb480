import type { FastifyInstance, FastifyReply } from "fastify"
import { z } from "zod"
import type { App } from "../../app/app.js"
import { SalesgraphError } from "../../framework/errors.js"
import { SESSION_COOKIE, readCookie } from "./admin-auth.js"
import { signToken, verifyToken } from "./jwt.js"

const Credentials = z.object({ email: z.unknown(), password: z.unknown() }).passthrough()

function unauthorized(message: string) {
  return new SalesgraphError("unauthorized", message)
}

/** POST /auth/user/emailpass and friends (spec §6). Only the `user` actor and `emailpass` exist. */
export function authRoutes(app: App) {
  return async function routes(server: FastifyInstance) {
    const issue = (authIdentityId: string, appMetadata: Record<string, unknown>) =>
      signToken(
        {
          actor_id: typeof appMetadata.user_id === "string" ? appMetadata.user_id : "",
          actor_type: "user",
          auth_identity_id: authIdentityId,
          app_metadata: appMetadata,
        },
        app.config.jwtSecret,
        app.config.jwtExpiresIn,
      )

    function credentials(body: unknown) {
      const parsed = Credentials.safeParse(body ?? {})
      const { email, password } = parsed.success ? parsed.data : { email: undefined, password: undefined }
      if (typeof email !== "string") throw unauthorized("Email should be a string")
      if (typeof password !== "string") throw unauthorized("Password should be a string")
      return { email, password }
    }

    server.post("/user/emailpass", async (request) => {
      const { email, password } = credentials(request.body)
      const identity = await app.container.modules.auth.authenticateEmailPass(email, password)
      if (!identity) throw unauthorized("Invalid email or password")
      return { token: await issue(identity.id, identity.app_metadata ?? {}) }
    })

    server.post("/user/emailpass/register", async (request) => {
      const { email, password } = credentials(request.body)
      const identity = await app.container.transaction(async (tx) => {
        const [taken] = await tx.modules.auth.listProviderIdentities({ entity_id: email, provider: "emailpass" })
        if (taken) throw unauthorized("Identity with email already exists")
        return tx.modules.auth.registerEmailPass(email, password)
      })
      return { token: await issue(identity.id, {}) }
    })

    async function bearer(header: string | undefined) {
      const token = header?.startsWith("Bearer ") ? header.slice(7).trim() : undefined
      const claims = token ? await verifyToken(token, app.config.jwtSecret) : undefined
      if (!token || !claims) throw unauthorized("Unauthorized")
      return { token, claims }
    }

    // Bearer or session, as Medusa: the SDK in session mode refreshes with the cookie alone
    server.post("/token/refresh", async (request) => {
      const session = readCookie(request.headers.cookie, SESSION_COOKIE)
      const claims = request.headers.authorization || !session
        ? (await bearer(request.headers.authorization)).claims
        : await verifyToken(session, app.config.jwtSecret)
      if (!claims) throw unauthorized("Unauthorized")
      return { token: await issue(claims.auth_identity_id, claims.app_metadata ?? {}) }
    })

    const cookie = (reply: FastifyReply, value: string, maxAge: number) =>
      reply.header(
        "set-cookie",
        `${SESSION_COOKIE}=${encodeURIComponent(value)}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAge}`,
      )

    server.post("/session", async (request, reply) => {
      const { token, claims } = await bearer(request.headers.authorization)
      cookie(reply, token, 24 * 3600)
      const user = claims.actor_id
        ? (await app.container.modules.user.listUsers({ id: claims.actor_id }))[0]
        : undefined
      return { user }
    })

    server.delete("/session", async (request, reply) => {
      if (!readCookie(request.headers.cookie, SESSION_COOKIE)) return reply.send({ success: true })
      cookie(reply, "", 0)
      return { success: true }
    })
  }
}
