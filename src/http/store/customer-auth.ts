import type { FastifyReply, FastifyRequest } from "fastify"
import type { App } from "../../app/app.js"
import { bearerToken } from "../auth/credentials.js"
import { currentSession } from "../auth/sessions.js"
import { verifyAppToken } from "../auth/tokens.js"

/**
 * Medusa's `authenticate("customer", ["session", "bearer"], options)` for store routes: a
 * customer's session cookie or JWT as Bearer. A user's token is no customer's, and a customer's
 * never opens /admin (the admin gate wants actor_type user). Runs after the publishable-key
 * gate, so a missing key is still the 400 Medusa answers first.
 */
export function customerAuthenticator(app: App) {
  // the session first, then the Bearer token, as Medusa tries its auth types in turn
  async function claimsOf(request: FastifyRequest) {
    const session = await currentSession(app, request)
    if (session?.actor_type === "customer") return session
    const token = bearerToken(request.headers.authorization)
    const claims = token ? await verifyAppToken(app, token) : undefined
    return claims?.actor_type === "customer" ? claims : undefined
  }

  const hook = (options: { allowUnregistered?: boolean; allowUnauthenticated?: boolean }) =>
    async function authenticateCustomer(request: FastifyRequest, reply: FastifyReply) {
      const claims = await claimsOf(request)
      if (claims && (claims.actor_id || options.allowUnregistered)) {
        request.auth = { actor_type: "customer", actor_id: claims.actor_id, auth_identity_id: claims.auth_identity_id }
        return
      }
      if (!options.allowUnauthenticated) return reply.status(401).send({ message: "Unauthorized" })
    }

  return {
    /** the signed-in customer's id, if any (a guest, a registration token, a user's token: undefined) */
    async customerIdOf(request: FastifyRequest): Promise<string | undefined> {
      return (await claimsOf(request))?.actor_id || undefined
    },
    /** a signed-in customer (actor_id set) */
    required: hook({}),
    /** POST /store/customers: a registration token (no actor yet) is enough */
    registering: hook({ allowUnregistered: true }),
    /** carts: a customer when there is one, a guest otherwise */
    optional: hook({ allowUnauthenticated: true }),
  }
}

export type CustomerAuth = ReturnType<typeof customerAuthenticator>

declare module "fastify" {
  interface FastifyInstance {
    customerAuth: CustomerAuth
  }
}
