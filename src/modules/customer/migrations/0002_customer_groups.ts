import type { Migration } from "../../../db/migrate.js"

/** Customer groups and their members (DDL printed from the model declarations). */
export const customerGroups: Migration = {
  name: "0002_customer_groups",
  up: `CREATE TABLE IF NOT EXISTS "customer_group" (
  "id" text NOT NULL,
  "name" text NOT NULL,
  "metadata" jsonb NULL,
  "created_by" text NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "customer_group_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX IF NOT EXISTS "IDX_customer_group_name_unique" ON "customer_group" ("name") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_customer_group_deleted_at" ON "customer_group" ("deleted_at") WHERE "deleted_at" IS NOT NULL;
CREATE TABLE IF NOT EXISTS "customer_group_customer" (
  "customer_id" text NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE,
  "customer_group_id" text NOT NULL REFERENCES "customer_group" ("id") ON DELETE CASCADE,
  PRIMARY KEY ("customer_id", "customer_group_id")
);
CREATE INDEX IF NOT EXISTS "IDX_customer_group_customer_customer_group_id" ON "customer_group_customer" ("customer_group_id");
CREATE INDEX IF NOT EXISTS "IDX_customer_group_customer_customer_id" ON "customer_group_customer" ("customer_id");`,
}
