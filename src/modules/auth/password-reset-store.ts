import type { Executor } from "../../db/executor.js"
import { generateId } from "../../framework/ids.js"
import { sql } from "../../framework/sql/sql.js"

export interface PasswordResetRef {
  jti: string
  provider: string
  entity_id: string
}

/** Records an issued reset token (expired ones are removed on the way). */
export async function recordPasswordReset(db: Executor, ref: PasswordResetRef & { ttl: number }): Promise<void> {
  await db.query(sql`DELETE FROM auth_password_reset WHERE expires_at < now()`)
  await db.query(sql`INSERT INTO auth_password_reset (id, jti, provider, entity_id, expires_at)
    VALUES (${generateId("pwreset")}, ${ref.jti}, ${ref.provider}, ${ref.entity_id}, now() + make_interval(secs => ${ref.ttl / 1000}::float8))`)
}

/** Uses a reset token up: true once for a recorded, unexpired token, false ever after. */
export async function consumePasswordReset(db: Executor, ref: PasswordResetRef): Promise<boolean> {
  const rows = await db.query(sql`DELETE FROM auth_password_reset
    WHERE jti = ${ref.jti} AND provider = ${ref.provider} AND entity_id = ${ref.entity_id} AND expires_at > now() RETURNING id`)
  return rows.length === 1
}
