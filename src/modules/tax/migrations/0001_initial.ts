import type { Migration } from "../../../db/migrate.js"

// Generated from the model declarations by scripts/generate-migration.ts
export const initial: Migration = {
  name: "0001_initial",
  up: `CREATE TABLE IF NOT EXISTS "tax_provider" (
  "id" text NOT NULL,
  "is_enabled" boolean NOT NULL DEFAULT true,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "tax_provider_pkey" PRIMARY KEY ("id")
);
CREATE INDEX IF NOT EXISTS "IDX_tax_provider_deleted_at" ON "tax_provider" ("deleted_at") WHERE "deleted_at" IS NOT NULL;

CREATE TABLE IF NOT EXISTS "tax_region" (
  "id" text NOT NULL,
  "country_code" text NOT NULL,
  "province_code" text NULL,
  "metadata" jsonb NULL,
  "created_by" text NULL,
  "provider_id" text NULL,
  "parent_id" text NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "tax_region_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "tax_region_provider_id_foreign" FOREIGN KEY ("provider_id") REFERENCES "tax_provider" ("id") ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT "tax_region_parent_id_foreign" FOREIGN KEY ("parent_id") REFERENCES "tax_region" ("id") ON UPDATE CASCADE ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "IDX_tax_region_provider_id" ON "tax_region" ("provider_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_tax_region_parent_id" ON "tax_region" ("parent_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_tax_region_country_code_province_code" ON "tax_region" ("country_code", "province_code") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_tax_region_deleted_at" ON "tax_region" ("deleted_at") WHERE "deleted_at" IS NOT NULL;

CREATE TABLE IF NOT EXISTS "tax_rate" (
  "id" text NOT NULL,
  "rate" numeric NULL,
  "code" text NOT NULL,
  "name" text NOT NULL,
  "is_default" boolean NOT NULL DEFAULT false,
  "is_combinable" boolean NOT NULL DEFAULT false,
  "tax_region_id" text NOT NULL,
  "metadata" jsonb NULL,
  "created_by" text NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "tax_rate_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "tax_rate_tax_region_id_foreign" FOREIGN KEY ("tax_region_id") REFERENCES "tax_region" ("id") ON UPDATE CASCADE ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "IDX_tax_rate_tax_region_id" ON "tax_rate" ("tax_region_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_tax_rate_deleted_at" ON "tax_rate" ("deleted_at") WHERE "deleted_at" IS NOT NULL;

CREATE TABLE IF NOT EXISTS "tax_rate_rule" (
  "id" text NOT NULL,
  "tax_rate_id" text NOT NULL,
  "reference" text NOT NULL,
  "reference_id" text NOT NULL,
  "metadata" jsonb NULL,
  "created_by" text NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "tax_rate_rule_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "tax_rate_rule_tax_rate_id_foreign" FOREIGN KEY ("tax_rate_id") REFERENCES "tax_rate" ("id") ON UPDATE CASCADE ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "IDX_tax_rate_rule_tax_rate_id" ON "tax_rate_rule" ("tax_rate_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_tax_rate_rule_reference_id" ON "tax_rate_rule" ("reference_id") WHERE "deleted_at" IS NULL;
CREATE UNIQUE INDEX IF NOT EXISTS "IDX_tax_rate_rule_tax_rate_id_reference_id_unique" ON "tax_rate_rule" ("tax_rate_id", "reference_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_tax_rate_rule_deleted_at" ON "tax_rate_rule" ("deleted_at") WHERE "deleted_at" IS NOT NULL;`,
}
