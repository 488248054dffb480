import type { Migration } from "../../../db/migrate.js"

// Generated from the model declarations by scripts/generate-migration.ts
export const initial: Migration = {
  name: "0001_initial",
  up: `CREATE TABLE IF NOT EXISTS "region" (
  "id" text NOT NULL,
  "name" text NOT NULL,
  "currency_code" text NOT NULL,
  "automatic_taxes" boolean NOT NULL DEFAULT true,
  "metadata" jsonb NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "region_pkey" PRIMARY KEY ("id")
);
CREATE INDEX IF NOT EXISTS "IDX_region_deleted_at" ON "region" ("deleted_at") WHERE "deleted_at" IS NOT NULL;

CREATE TABLE IF NOT EXISTS "region_country" (
  "id" text NOT NULL,
  "iso_2" text NOT NULL,
  "iso_3" text NULL,
  "num_code" text NULL,
  "name" text NULL,
  "display_name" text NULL,
  "region_id" text NOT NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "region_country_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "region_country_region_id_foreign" FOREIGN KEY ("region_id") REFERENCES "region" ("id") ON UPDATE CASCADE ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "IDX_region_country_region_id" ON "region_country" ("region_id") WHERE "deleted_at" IS NULL;
CREATE UNIQUE INDEX IF NOT EXISTS "IDX_region_country_iso_2_unique" ON "region_country" ("iso_2") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_region_country_deleted_at" ON "region_country" ("deleted_at") WHERE "deleted_at" IS NOT NULL;`,
}
