import type { Executor } from "../../db/executor.js"
import { generateId } from "../../framework/ids.js"
import { sql } from "../../framework/sql/sql.js"

export interface StoredSession {
  id: string
  actor_type: string
  actor_id: string
  auth_identity_id: string
  auth_context: Record<string, unknown>
  created_at: string
  expires_at: string
}

export interface NewSession {
  token_hash: string
  actor_type: string
  actor_id: string
  auth_identity_id: string
  auth_context: Record<string, unknown>
  /** lifetime in ms */
  ttl: number
}

const COLUMNS = sql`id, actor_type, actor_id, auth_identity_id, auth_context, created_at, expires_at`

/** Stores a session; sessions past their end (revoked or not) are removed on the way. */
export async function openSession(db: Executor, s: NewSession): Promise<StoredSession> {
  await db.query(sql`DELETE FROM auth_session WHERE expires_at < now()`)
  const [row] = await db.query<StoredSession>(sql`INSERT INTO auth_session
      (id, token_hash, actor_type, actor_id, auth_identity_id, auth_context, expires_at)
    VALUES (${generateId("authsess")}, ${s.token_hash}, ${s.actor_type}, ${s.actor_id}, ${s.auth_identity_id},
      ${JSON.stringify(s.auth_context)}::jsonb, now() + make_interval(secs => ${s.ttl / 1000}::float8))
    RETURNING ${COLUMNS}`)
  return row
}

/** The live (unrevoked, unexpired) session with this token hash. */
export async function findSession(db: Executor, tokenHash: string): Promise<StoredSession | undefined> {
  const [row] = await db.query<StoredSession>(sql`SELECT ${COLUMNS} FROM auth_session
    WHERE token_hash = ${tokenHash} AND deleted_at IS NULL AND expires_at > now()`)
  return row
}

export type SessionSelector = { id: string } | { actor_type: string; actor_id: string } | { auth_identity_id: string }

/** Revokes a session by id, every session of an actor or of an auth identity; returns the ids revoked. */
export async function revokeSessions(db: Executor, which: SessionSelector): Promise<string[]> {
  const where =
    "id" in which
      ? sql`id = ${which.id}`
      : "auth_identity_id" in which
        ? sql`auth_identity_id = ${which.auth_identity_id}`
        : sql`actor_type = ${which.actor_type} AND actor_id = ${which.actor_id}`
  const rows = await db.query<{ id: string }>(sql`UPDATE auth_session SET deleted_at = now(), updated_at = now()
    WHERE ${where} AND deleted_at IS NULL RETURNING id`)
  return rows.map((r) => r.id)
}
