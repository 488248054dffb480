import { pathParams } from "../validation/params.js"
import type { TypedServer } from "../helpers/typed-server.js"
import type { FastifyReply } from "fastify"
import type { App } from "../../app/app.js"
import { notAllowed, SalesgraphError } from "../../framework/errors.js"
import { bearerToken, readCookie } from "./credentials.js"
import { passwordRoutes } from "./password-routes.js"
import { currentSession, endSession, openSession, SESSION_COOKIE } from "./sessions.js"
import { issueToken, verifyAppToken } from "./tokens.js"

function unauthorized(message: string) {
  return new SalesgraphError("unauthorized", message)
}

const ACTOR_TYPES = ["user", "customer"] as const
type ActorType = (typeof ACTOR_TYPES)[number]
const EMAILPASS_PROVIDER = {
  id: "emailpass",
  identifier: "emailpass",
  display_name: "Email/Password Authentication",
  flow: "credentials",
}

const isActorType = (v: unknown): v is ActorType => ACTOR_TYPES.includes(v as ActorType)

/** POST /auth/{user,customer}/emailpass and friends (docs/medusa-contract.md §6). `emailpass` is the only provider. */
export function authRoutes(app: App) {
  return async function routes(server: TypedServer) {
    const issue = (actorType: ActorType, authIdentityId: string, appMetadata: Record<string, unknown>) => {
      const actorId = appMetadata[`${actorType}_id`]
      return issueToken(app, {
        actor_id: typeof actorId === "string" ? actorId : "",
        actor_type: actorType,
        auth_identity_id: authIdentityId,
        app_metadata: appMetadata,
      })
    }

    function credentials(body: unknown) {
      const input: object = typeof body === "object" && body !== null ? body : {}
      const email = "email" in input ? input.email : undefined
      const password = "password" in input ? input.password : undefined
      // Medusa's emailpass provider checks the password first
      if (typeof password !== "string" || !password) throw unauthorized("Password should be a string")
      if (typeof email !== "string" || !email) throw unauthorized("Email should be a string")
      return { email, password }
    }

    // Medusa lists the providers an actor type may use; emailpass is the only one here, and
    // Medusa answers any actor type the same (its dashboard asks for `user` before signing in)
    server.get("/:actor_type/providers", async () => ({ providers: [EMAILPASS_PROVIDER] }))

    for (const actorType of ACTOR_TYPES) {
      await server.register(passwordRoutes(app, actorType), { prefix: `/${actorType}` })
      server.post(`/${actorType}/emailpass`, async (request) => {
        const { email, password } = credentials(request.body)
        const identity = await app.container.modules.auth.authenticateEmailPass(email, password)
        if (!identity) throw unauthorized("Invalid email or password")
        return { token: await issue(actorType, identity.id, identity.app_metadata ?? {}) }
      })

      // emailpass is the only provider: any other is refused before anything is read. The user
      // actor is limited to emailpass (Medusa's validateScopeProviderAssociation); for customers
      // Medusa looks the provider up and fails
      const otherProvider = async (request: { params: { provider: string } }) => {
        const { provider } = request.params
        if (actorType === "user")
          throw notAllowed(`The actor type user is not allowed to use the auth provider ${provider}`)
        throw unauthorized(
          `\nUnable to retrieve the auth provider with id: ${provider}\nPlease make sure that the provider is registered in the container and it is configured correctly in your project configuration file.`,
        )
      }
      const provider = { schema: { params: pathParams("provider") } }
      server.post(`/${actorType}/:provider`, provider, otherProvider)
      server.post(`/${actorType}/:provider/register`, provider, otherProvider)

      // a registration token has no actor yet: POST /store/customers (or an invite) binds one.
      // Registering again with the same password before that is a retry and succeeds, as Medusa's
      // emailpass provider allows for an identity with no actor
      server.post(`/${actorType}/emailpass/register`, async (request) => {
        const { email, password } = credentials(request.body)
        const identity = await app.container.transaction(async (tx) => {
          const [taken] = await tx.modules.auth.listProviderIdentities({ entity_id: email, provider: "emailpass" })
          if (!taken) return tx.modules.auth.registerEmailPass(email, password)
          const retry = await tx.modules.auth.authenticateEmailPass(email, password)
          if (retry && Object.keys(retry.app_metadata ?? {}).length === 0) return retry
          throw unauthorized("Identity with email already exists")
        })
        return { token: await issue(actorType, identity.id, {}) }
      })
    }

    async function bearer(header: string | undefined) {
      const token = bearerToken(header)
      const claims = token ? await verifyAppToken(app, token) : undefined
      return token && claims ? { token, claims } : undefined
    }
    // Medusa's authenticate middleware answers without a `type`
    const refuse = (reply: FastifyReply) => reply.status(401).send({ message: "Unauthorized" })

    // Bearer or session, as Medusa: the SDK in session mode refreshes with the cookie alone
    server.post("/token/refresh", async (request, reply) => {
      const claims =
        request.headers.authorization || !readCookie(request.headers.cookie, SESSION_COOKIE)
          ? (await bearer(request.headers.authorization))?.claims
          : ((await currentSession(app, request))?.auth_context as
              { actor_type?: string; auth_identity_id?: string } | undefined)
      if (!claims || !isActorType(claims.actor_type)) return refuse(reply)
      // the identity is read again, as Medusa: a registration token refreshed after the
      // customer was created carries its actor_id
      const [identity] = await app.container.modules.auth.listAuthIdentities(
        { id: claims.auth_identity_id },
        { select: ["id", "app_metadata"] },
      )
      if (!identity) return refuse(reply)
      return { token: await issue(claims.actor_type, identity.id, identity.app_metadata ?? {}) }
    })

    // no second factor can be enrolled here (no MFA providers): a signed-in actor has none, as
    // Medusa answers an identity without any
    server.get("/mfa/factors", async (request, reply) => {
      const claims = request.headers.authorization
        ? (await bearer(request.headers.authorization))?.claims
        : (await currentSession(app, request))?.auth_context
      if (!claims) return refuse(reply)
      return { mfa_factors: [] }
    })

    // Medusa's dashboard: sign in, then POST /auth/session with the token, then the cookie alone
    server.post("/session", async (request, reply) => {
      const auth = await bearer(request.headers.authorization)
      if (!auth) return refuse(reply)
      await openSession(app, request, reply, auth.claims)
      // Medusa answers with the request's auth context (the token's claims), not the user record
      return { user: auth.claims }
    })

    // Medusa 2.21 has no GET: this one shows the session the cookie names, and when it ends
    server.get("/session", async (request, reply) => {
      const session = await currentSession(app, request)
      if (!session) return refuse(reply)
      const { id, created_at, expires_at, auth_context } = session
      return { user: auth_context, session: { id, created_at, expires_at } }
    })

    // only a session can end: without one Medusa answers 401
    server.delete("/session", async (request, reply) => {
      const session = await currentSession(app, request)
      if (!session) return refuse(reply)
      await endSession(app, request, reply, session)
      return { success: true }
    })
  }
}
