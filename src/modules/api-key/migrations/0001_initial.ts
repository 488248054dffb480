import type { Migration } from "../../../db/migrate.js"

// Generated from the model declarations by scripts/generate-migration.ts
export const initial: Migration = {
  name: "0001_initial",
  up: `CREATE TABLE IF NOT EXISTS "api_key" (
  "id" text NOT NULL,
  "token" text NOT NULL,
  "salt" text NOT NULL DEFAULT '',
  "redacted" text NOT NULL,
  "title" text NOT NULL,
  "type" text NOT NULL CHECK ("type" IN ('publishable', 'secret')),
  "last_used_at" timestamptz NULL,
  "created_by" text NOT NULL,
  "revoked_by" text NULL,
  "revoked_at" timestamptz NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "api_key_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX IF NOT EXISTS "IDX_api_key_token_unique" ON "api_key" ("token") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_api_key_redacted" ON "api_key" ("redacted") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_api_key_type" ON "api_key" ("type") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_api_key_revoked_at" ON "api_key" ("revoked_at") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_api_key_deleted_at" ON "api_key" ("deleted_at") WHERE "deleted_at" IS NOT NULL;`,
}
