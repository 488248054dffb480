import type { Container } from "../../app/container.js"
import type { NewSession, StoredSession } from "../../modules/auth/index.js"

/** open-session: store the session · emit `auth.session.created` (no secret in the event). */
export function openSessionWorkflow(c: Container, input: NewSession): Promise<StoredSession> {
  return c.transaction(async (tx) => {
    const session = await tx.modules.auth.openSession(input)
    tx.emit("auth.session.created", { id: session.id, actor_type: session.actor_type })
    return session
  })
}

/** end-session (logout): revoke it · emit `auth.session.revoked`. */
export function endSessionWorkflow(c: Container, sessionId: string): Promise<void> {
  return c.transaction(async (tx) => {
    for (const id of await tx.modules.auth.revokeSessions({ id: sessionId })) tx.emit("auth.session.revoked", { id })
  })
}
