import { model } from "../../../framework/model/index.js"

/**
 * A server-side session (the `salesgraph.sid` cookie). The cookie holds a random id; only its
 * SHA-256 is stored, so a read of this table opens no session. Revoked = soft-deleted.
 */
export const AuthSession = model.define(
  "auth_session",
  {
    id: model.id({ prefix: "authsess" }).primaryKey(),
    token_hash: model.text().unique().hidden(),
    actor_type: model.text(),
    actor_id: model.text(),
    auth_identity_id: model.text().index(),
    /** the claims of the token the session was opened with (Medusa keeps req.auth_context) */
    auth_context: model.json(),
    expires_at: model.dateTime(),
  },
  { indexes: [{ columns: ["actor_type", "actor_id"] }] },
)
