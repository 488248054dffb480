import type { Container } from "../../app/container.js"

/** Medusa's RESET_PASSWORD_TOKEN_TTL_SECONDS */
export const RESET_TOKEN_TTL_MS = 15 * 60 * 1000

export interface PasswordResetRequest {
  entity_id: string
  provider: string
  actor_type: string
  /** the signed reset token (the route signs it) and its id */
  token: string
  jti: string
  metadata: Record<string, unknown>
}

/**
 * generate-reset-password-token: record the token's id · emit `auth.password_reset` with the
 * token (a subscriber mails it, as in Medusa). An unknown identifier does nothing, and the
 * caller is not told (no account discovery).
 */
export function requestPasswordResetWorkflow(c: Container, input: PasswordResetRequest): Promise<boolean> {
  return c.transaction(async (tx) => {
    const [identity] = await tx.modules.auth.listProviderIdentities(
      { entity_id: input.entity_id, provider: input.provider },
      { select: ["id"] },
    )
    if (!identity) return false
    await tx.modules.auth.recordPasswordReset({
      jti: input.jti,
      provider: input.provider,
      entity_id: input.entity_id,
      ttl: RESET_TOKEN_TTL_MS,
    })
    const { entity_id, actor_type, token, metadata } = input
    tx.emit("auth.password_reset", { entity_id, actor_type, token, metadata })
    return true
  })
}

export type PasswordUpdate = "invalid_token" | "no_password" | "updated"

/**
 * update-password (with a reset token): use the token up · set the password · revoke every
 * session of the auth identity · emit `auth.password_updated`. A token is used up even when
 * no password comes with it, as Medusa's validateToken consumes it first.
 */
export function updatePasswordWorkflow(
  c: Container,
  ref: { jti: string; provider: string; entity_id: string },
  password: unknown,
): Promise<PasswordUpdate> {
  return c.transaction(async (tx) => {
    if (!(await tx.modules.auth.consumePasswordReset(ref))) return "invalid_token"
    if (typeof password !== "string" || !password) return "no_password"
    const authIdentityId = await tx.modules.auth.setEmailPassPassword(ref.entity_id, password)
    if (!authIdentityId) return "invalid_token"
    await tx.modules.auth.revokeSessions({ auth_identity_id: authIdentityId })
    tx.emit("auth.password_updated", { auth_identity_id: authIdentityId })
    return "updated"
  })
}
