import type { TypedServer } from "../helpers/typed-server.js"
import { randomUUID } from "node:crypto"
import { z } from "zod"
import type { App } from "../../app/app.js"
import { SalesgraphError } from "../../framework/errors.js"
import {
  RESET_TOKEN_TTL_MS,
  requestPasswordResetWorkflow,
  updatePasswordWorkflow,
} from "../../workflows/auth/password.js"
import { bearerToken } from "./credentials.js"
import { signToken } from "./jwt.js"
import { verifyAppToken } from "./tokens.js"

const ResetPasswordBody = z.object({
  identifier: z.string(),
  metadata: z.record(z.string(), z.unknown()).optional(),
})

/**
 * Medusa's password reset for emailpass: `reset-password` issues a single-use token (15 min)
 * in the `auth.password_reset` event; `update` with that token as Bearer sets the password
 * and revokes every session of the identity.
 */
export function passwordRoutes(app: App, actorType: string) {
  return async function routes(server: TypedServer) {
    server.post("/emailpass/reset-password", { schema: { body: ResetPasswordBody } }, async (request, reply) => {
      const { identifier, metadata } = request.body
      const jti = randomUUID()
      const claims = { entity_id: identifier, provider: "emailpass", actor_type: actorType, purpose: "reset", jti }
      const { current } = await app.secrets.keys("jwt")
      const token = await signToken(claims as never, current, RESET_TOKEN_TTL_MS)
      await requestPasswordResetWorkflow(app.container, { ...claims, token, metadata: metadata ?? {} })
      // the same answer whether the identifier exists or not
      return reply.status(201).type("text/plain; charset=utf-8").send("Created")
    })

    server.post("/emailpass/update", async (request) => {
      const token = bearerToken(request.headers.authorization)
      const claims = token ? ((await verifyAppToken(app, token)) as Record<string, unknown> | undefined) : undefined
      const invalid = new SalesgraphError("unauthorized", "Invalid token")
      const { entity_id, purpose, jti } = claims ?? {}
      // only a reset token for this actor type: a login token (no purpose, no jti) is refused
      if (
        claims?.actor_type !== actorType ||
        purpose !== "reset" ||
        typeof entity_id !== "string" ||
        typeof jti !== "string"
      )
        throw invalid
      const body = request.body
      const password = typeof body === "object" && body !== null && "password" in body ? body.password : undefined
      const outcome = await updatePasswordWorkflow(app.container, { jti, provider: "emailpass", entity_id }, password)
      if (outcome === "invalid_token") throw invalid
      if (outcome === "no_password") throw new SalesgraphError("unauthorized", "Unauthorized")
      return { success: true }
    })
  }
}
