import type { Migration } from "../../../db/migrate.js"

// Generated from the model declarations by scripts/generate-migration.ts
export const initial: Migration = {
  name: "0001_initial",
  up: `CREATE TABLE IF NOT EXISTS "price_list" (
  "id" text NOT NULL,
  "title" text NOT NULL,
  "description" text NOT NULL,
  "status" text NOT NULL DEFAULT 'draft' CHECK ("status" IN ('active', 'draft')),
  "type" text NOT NULL DEFAULT 'sale' CHECK ("type" IN ('sale', 'override')),
  "starts_at" timestamptz NULL,
  "ends_at" timestamptz NULL,
  "rules_count" integer NOT NULL DEFAULT 0,
  "rules" jsonb NOT NULL DEFAULT '{}'::jsonb,
  "metadata" jsonb NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "price_list_pkey" PRIMARY KEY ("id")
);
CREATE INDEX IF NOT EXISTS "IDX_price_list_deleted_at" ON "price_list" ("deleted_at") WHERE "deleted_at" IS NOT NULL;

CREATE TABLE IF NOT EXISTS "price_list_price" (
  "id" text NOT NULL,
  "title" text NULL,
  "currency_code" text NOT NULL,
  "amount" numeric NOT NULL,
  "min_quantity" numeric NULL,
  "max_quantity" numeric NULL,
  "rules" jsonb NOT NULL DEFAULT '{}'::jsonb,
  "variant_id" text NOT NULL,
  "price_list_id" text NOT NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "price_list_price_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "price_list_price_price_list_id_foreign" FOREIGN KEY ("price_list_id") REFERENCES "price_list" ("id") ON UPDATE CASCADE ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "IDX_price_list_price_variant_id" ON "price_list_price" ("variant_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_price_list_price_price_list_id" ON "price_list_price" ("price_list_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_price_list_price_deleted_at" ON "price_list_price" ("deleted_at") WHERE "deleted_at" IS NOT NULL;

CREATE TABLE IF NOT EXISTS "price_preference" (
  "id" text NOT NULL,
  "attribute" text NOT NULL,
  "value" text NULL,
  "is_tax_inclusive" boolean NOT NULL DEFAULT false,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "price_preference_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX IF NOT EXISTS "IDX_price_preference_attribute_value_unique" ON "price_preference" ("attribute", "value") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_price_preference_deleted_at" ON "price_preference" ("deleted_at") WHERE "deleted_at" IS NOT NULL;`,
}
