import type { Migration } from "../../../db/migrate.js"

// return_reason, from the model declaration (scripts/generate-migration.ts)
export const returnReasons: Migration = {
  name: "0002_return_reasons",
  up: `CREATE TABLE IF NOT EXISTS "return_reason" (
  "id" text NOT NULL,
  "value" text NOT NULL,
  "label" text NOT NULL,
  "description" text NULL,
  "metadata" jsonb NULL,
  "parent_return_reason_id" text NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "return_reason_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "return_reason_parent_return_reason_id_foreign" FOREIGN KEY ("parent_return_reason_id") REFERENCES "return_reason" ("id") ON UPDATE CASCADE ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "IDX_return_reason_parent_return_reason_id" ON "return_reason" ("parent_return_reason_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_return_reason_deleted_at" ON "return_reason" ("deleted_at") WHERE "deleted_at" IS NOT NULL;`,
}
