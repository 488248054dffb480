import type { Migration } from "../../../db/migrate.js"

// Generated from the model declarations by scripts/generate-migration.ts
export const initial: Migration = {
  name: "0001_initial",
  up: `CREATE TABLE IF NOT EXISTS "customer" (
  "id" text NOT NULL,
  "company_name" text NULL,
  "first_name" text NULL,
  "last_name" text NULL,
  "email" text NULL,
  "phone" text NULL,
  "has_account" boolean NOT NULL DEFAULT false,
  "metadata" jsonb NULL,
  "created_by" text NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "customer_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX IF NOT EXISTS "IDX_customer_email_has_account_unique" ON "customer" ("email", "has_account") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_customer_deleted_at" ON "customer" ("deleted_at") WHERE "deleted_at" IS NOT NULL;

CREATE TABLE IF NOT EXISTS "customer_address" (
  "id" text NOT NULL,
  "address_name" text NULL,
  "is_default_shipping" boolean NOT NULL DEFAULT false,
  "is_default_billing" boolean NOT NULL DEFAULT false,
  "company" text NULL,
  "first_name" text NULL,
  "last_name" text NULL,
  "address_1" text NULL,
  "address_2" text NULL,
  "city" text NULL,
  "country_code" text NULL,
  "province" text NULL,
  "postal_code" text NULL,
  "phone" text NULL,
  "metadata" jsonb NULL,
  "customer_id" text NOT NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "customer_address_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "customer_address_customer_id_foreign" FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON UPDATE CASCADE ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "IDX_customer_address_customer_id" ON "customer_address" ("customer_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_customer_address_deleted_at" ON "customer_address" ("deleted_at") WHERE "deleted_at" IS NOT NULL;`,
}
