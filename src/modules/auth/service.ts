import { hashPassword, verifyPassword } from "../../framework/crypto/scrypt.js"
import { moduleService, type Row } from "../../framework/service/index.js"
import { sql } from "../../framework/sql/sql.js"
import { AuthIdentity, ProviderIdentity } from "./models/auth-identity.js"
import { AuthSecret } from "./models/auth-secret.js"
import { AuthSession } from "./models/auth-session.js"
import { ensureSecret, rotateSecret, type StoredSecret } from "./secret-store.js"
import { AuthPasswordReset } from "./models/auth-password-reset.js"
import { consumePasswordReset, recordPasswordReset, type PasswordResetRef } from "./password-reset-store.js"
import {
  findSession,
  openSession,
  revokeSessions,
  type NewSession,
  type SessionSelector,
  type StoredSession,
} from "./session-store.js"

export class AuthService extends moduleService({
  AuthIdentity,
  ProviderIdentity,
  AuthSecret,
  AuthSession,
  AuthPasswordReset,
}) {
  /** the named signing secret, generated (once, whoever asks first) when missing */
  secret(name: string): Promise<StoredSecret> {
    return ensureSecret(this.db, name)
  }

  rotateSecret(name: string, keepPreviousForMs: number): Promise<StoredSecret> {
    return rotateSecret(this.db, name, keepPreviousForMs)
  }

  openSession(session: NewSession): Promise<StoredSession> {
    return openSession(this.db, session)
  }

  findSession(tokenHash: string): Promise<StoredSession | undefined> {
    return findSession(this.db, tokenHash)
  }

  revokeSessions(which: SessionSelector): Promise<string[]> {
    return revokeSessions(this.db, which)
  }

  recordPasswordReset(ref: PasswordResetRef & { ttl: number }): Promise<void> {
    return recordPasswordReset(this.db, ref)
  }

  consumePasswordReset(ref: PasswordResetRef): Promise<boolean> {
    return consumePasswordReset(this.db, ref)
  }

  /** A new password for an emailpass login; the auth identity it belongs to, if there is one. */
  async setEmailPassPassword(email: string, password: string): Promise<string | undefined> {
    const [row] = await this.db.query<{ auth_identity_id: string }>(
      sql`UPDATE provider_identity SET updated_at = now(),
          provider_metadata = coalesce(provider_metadata, '{}'::jsonb) || jsonb_build_object('password', ${await hashPassword(password)}::text)
          WHERE provider = 'emailpass' AND entity_id = ${email}::text AND deleted_at IS NULL RETURNING auth_identity_id`,
    )
    return row?.auth_identity_id
  }

  /** Registers an emailpass identity (password scrypt-hashed) and returns the auth identity. */
  async registerEmailPass(email: string, password: string, appMetadata: Record<string, unknown> = {}): Promise<Row> {
    const identity = await this.createAuthIdentities({ app_metadata: appMetadata })
    await this.createProviderIdentities({
      entity_id: email,
      provider: "emailpass",
      auth_identity_id: identity.id,
      provider_metadata: { password: await hashPassword(password) },
    })
    return identity
  }

  /** The auth identity for these credentials, or undefined (same time spent either way). */
  async authenticateEmailPass(email: string, password: string): Promise<Row | undefined> {
    const [row] = await this.db.query<Row>(
      sql`SELECT p.provider_metadata, a.id, a.app_metadata FROM provider_identity p
          JOIN auth_identity a ON a.id = p.auth_identity_id AND a.deleted_at IS NULL
          WHERE p.provider = 'emailpass' AND p.entity_id = ${email}::text AND p.deleted_at IS NULL`,
    )
    const stored = row?.provider_metadata?.password ?? "scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AA=="
    const ok = await verifyPassword(password, stored)
    if (!row || !ok) return undefined
    return { id: row.id, app_metadata: row.app_metadata ?? {} }
  }

  async setAppMetadata(authIdentityId: string, appMetadata: Record<string, unknown>): Promise<Row> {
    return this.updateAuthIdentities(authIdentityId, { app_metadata: appMetadata })
  }
}
