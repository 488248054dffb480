import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify"
import type { App } from "../../app/app.js"
import { notAllowed, SalesgraphError } from "../../framework/errors.js"
import { SESSION_COOKIE, readCookie } from "./admin-auth.js"
import { signToken, verifyToken } from "./jwt.js"

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
      const { email, password } = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>
      // Medusa's emailpass provider checks the password first
      if (typeof password !== "string" || !password) throw unauthorized("Password should be a string")
      if (typeof email !== "string" || !email) throw unauthorized("Email should be a string")
      return { email, password }
    }

    server.post("/user/emailpass", async (request) => {
      const { email, password } = credentials(request.body)
      const identity = await app.container.modules.auth.authenticateEmailPass(email, password)
      if (!identity) throw unauthorized("Invalid email or password")
      return { token: await issue(identity.id, identity.app_metadata ?? {}) }
    })

    // emailpass is the only provider: any other is refused before anything is read, as Medusa's
    // validateScopeProviderAssociation does
    const otherProvider = async (request: FastifyRequest) => {
      const { provider } = request.params as { provider: string }
      throw notAllowed(`The actor type user is not allowed to use the auth provider ${provider}`)
    }
    server.post("/user/:provider", otherProvider)
    server.post("/user/:provider/register", otherProvider)

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
      return token && claims ? { token, claims } : undefined
    }
    const session = (request: FastifyRequest) => {
      const cookie = readCookie(request.headers.cookie, SESSION_COOKIE)
      return cookie ? verifyToken(cookie, app.config.jwtSecret) : undefined
    }
    // Medusa's authenticate middleware answers without a `type`
    const refuse = (reply: FastifyReply) => reply.status(401).send({ message: "Unauthorized" })

    // Bearer or session, as Medusa: the SDK in session mode refreshes with the cookie alone
    server.post("/token/refresh", async (request, reply) => {
      const claims = request.headers.authorization || !readCookie(request.headers.cookie, SESSION_COOKIE)
        ? (await bearer(request.headers.authorization))?.claims
        : await session(request)
      if (!claims) return refuse(reply)
      return { token: await issue(claims.auth_identity_id, claims.app_metadata ?? {}) }
    })

    const cookie = (reply: FastifyReply, value: string, maxAge: number) =>
      reply.header(
        "set-cookie",
        `${SESSION_COOKIE}=${encodeURIComponent(value)}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAge}`,
      )

    server.post("/session", async (request, reply) => {
      const auth = await bearer(request.headers.authorization)
      if (!auth) return refuse(reply)
      cookie(reply, auth.token, 24 * 3600)
      // Medusa answers with the request's auth context (the token's claims), not the user record
      return { user: auth.claims }
    })

    // only a session can end: without one Medusa answers 401
    server.delete("/session", async (request, reply) => {
      if (!(await session(request))) return refuse(reply)
      cookie(reply, "", 0)
      return { success: true }
    })
  }
}
