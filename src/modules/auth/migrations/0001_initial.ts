import type { Migration } from "../../../db/migrate.js"

// Generated from the model declarations by scripts/generate-migration.ts
export const initial: Migration = {
  name: "0001_initial",
  up: `CREATE TABLE IF NOT EXISTS "auth_identity" (
  "id" text NOT NULL,
  "app_metadata" jsonb NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "auth_identity_pkey" PRIMARY KEY ("id")
);
CREATE INDEX IF NOT EXISTS "IDX_auth_identity_deleted_at" ON "auth_identity" ("deleted_at") WHERE "deleted_at" IS NOT NULL;

CREATE TABLE IF NOT EXISTS "provider_identity" (
  "id" text NOT NULL,
  "entity_id" text NOT NULL,
  "provider" text NOT NULL,
  "auth_identity_id" text NOT NULL,
  "user_metadata" jsonb NULL,
  "provider_metadata" jsonb NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "provider_identity_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "provider_identity_auth_identity_id_foreign" FOREIGN KEY ("auth_identity_id") REFERENCES "auth_identity" ("id") ON UPDATE CASCADE ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "IDX_provider_identity_auth_identity_id" ON "provider_identity" ("auth_identity_id") WHERE "deleted_at" IS NULL;
CREATE UNIQUE INDEX IF NOT EXISTS "IDX_provider_identity_entity_id_provider_unique" ON "provider_identity" ("entity_id", "provider") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_provider_identity_deleted_at" ON "provider_identity" ("deleted_at") WHERE "deleted_at" IS NOT NULL;`,
}
