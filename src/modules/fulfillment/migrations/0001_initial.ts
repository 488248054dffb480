import type { Migration } from "../../../db/migrate.js"

// Generated from the model declarations by scripts/generate-migration.ts
export const initial: Migration = {
  name: "0001_initial",
  up: `CREATE TABLE IF NOT EXISTS "shipping_profile" (
  "id" text NOT NULL,
  "name" text NOT NULL,
  "type" text NOT NULL,
  "metadata" jsonb NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "shipping_profile_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX IF NOT EXISTS "IDX_shipping_profile_name_unique" ON "shipping_profile" ("name") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_shipping_profile_deleted_at" ON "shipping_profile" ("deleted_at") WHERE "deleted_at" IS NOT NULL;`,
}
