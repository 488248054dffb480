import type { Migration } from "../../../db/migrate.js"

/**
 * Signing secrets generated on first start (when the configuration sets none), server-side
 * sessions and password-reset tokens. Generated from the model declarations (createTableSql).
 */
export const secretsSessionsPasswordResets: Migration = {
  name: "0002_secrets_sessions_password_resets",
  up: `CREATE TABLE IF NOT EXISTS "auth_secret" (
  "id" text NOT NULL,
  "name" text NOT NULL,
  "value" text NOT NULL,
  "previous_value" text NULL,
  "previous_valid_until" timestamptz NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "auth_secret_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX IF NOT EXISTS "IDX_auth_secret_name_unique" ON "auth_secret" ("name") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_auth_secret_deleted_at" ON "auth_secret" ("deleted_at") WHERE "deleted_at" IS NOT NULL;

CREATE TABLE IF NOT EXISTS "auth_session" (
  "id" text NOT NULL,
  "token_hash" text NOT NULL,
  "actor_type" text NOT NULL,
  "actor_id" text NOT NULL,
  "auth_identity_id" text NOT NULL,
  "auth_context" jsonb NOT NULL,
  "expires_at" timestamptz NOT NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "auth_session_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX IF NOT EXISTS "IDX_auth_session_token_hash_unique" ON "auth_session" ("token_hash") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_auth_session_auth_identity_id" ON "auth_session" ("auth_identity_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_auth_session_actor_type_actor_id" ON "auth_session" ("actor_type", "actor_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_auth_session_deleted_at" ON "auth_session" ("deleted_at") WHERE "deleted_at" IS NOT NULL;

CREATE TABLE IF NOT EXISTS "auth_password_reset" (
  "id" text NOT NULL,
  "jti" text NOT NULL,
  "provider" text NOT NULL,
  "entity_id" text NOT NULL,
  "expires_at" timestamptz NOT NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "auth_password_reset_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX IF NOT EXISTS "IDX_auth_password_reset_jti_unique" ON "auth_password_reset" ("jti") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_auth_password_reset_deleted_at" ON "auth_password_reset" ("deleted_at") WHERE "deleted_at" IS NOT NULL;`,
}
