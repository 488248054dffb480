import type { Migration } from "../../../db/migrate.js"

// Generated from the model declarations by scripts/generate-migration.ts
export const initial: Migration = {
  name: "0001_initial",
  up: `CREATE TABLE IF NOT EXISTS "payment_provider" (
  "id" text NOT NULL,
  "is_enabled" boolean NOT NULL DEFAULT true,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "payment_provider_pkey" PRIMARY KEY ("id")
);
CREATE INDEX IF NOT EXISTS "IDX_payment_provider_deleted_at" ON "payment_provider" ("deleted_at") WHERE "deleted_at" IS NOT NULL;

CREATE TABLE IF NOT EXISTS "payment_collection" (
  "id" text NOT NULL,
  "currency_code" text NOT NULL,
  "amount" numeric NOT NULL,
  "authorized_amount" numeric NULL,
  "captured_amount" numeric NULL,
  "refunded_amount" numeric NULL,
  "status" text NOT NULL DEFAULT 'not_paid' CHECK ("status" IN ('not_paid', 'awaiting', 'authorized', 'partially_authorized', 'canceled', 'failed', 'completed')),
  "completed_at" timestamptz NULL,
  "metadata" jsonb NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "payment_collection_pkey" PRIMARY KEY ("id")
);
CREATE INDEX IF NOT EXISTS "IDX_payment_collection_deleted_at" ON "payment_collection" ("deleted_at") WHERE "deleted_at" IS NOT NULL;

CREATE TABLE IF NOT EXISTS "payment_session" (
  "id" text NOT NULL,
  "currency_code" text NOT NULL,
  "amount" numeric NOT NULL,
  "provider_id" text NOT NULL,
  "data" jsonb NOT NULL DEFAULT '{}'::jsonb,
  "context" jsonb NULL,
  "status" text NOT NULL DEFAULT 'pending' CHECK ("status" IN ('authorized', 'captured', 'pending', 'requires_more', 'error', 'canceled')),
  "authorized_at" timestamptz NULL,
  "payment_collection_id" text NOT NULL,
  "metadata" jsonb NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "payment_session_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "payment_session_payment_collection_id_foreign" FOREIGN KEY ("payment_collection_id") REFERENCES "payment_collection" ("id") ON UPDATE CASCADE ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "IDX_payment_session_payment_collection_id" ON "payment_session" ("payment_collection_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_payment_session_deleted_at" ON "payment_session" ("deleted_at") WHERE "deleted_at" IS NOT NULL;

CREATE TABLE IF NOT EXISTS "payment" (
  "id" text NOT NULL,
  "amount" numeric NOT NULL,
  "currency_code" text NOT NULL,
  "provider_id" text NOT NULL,
  "data" jsonb NULL,
  "captured_at" timestamptz NULL,
  "canceled_at" timestamptz NULL,
  "payment_collection_id" text NOT NULL,
  "payment_session_id" text NOT NULL,
  "metadata" jsonb NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "payment_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "payment_payment_collection_id_foreign" FOREIGN KEY ("payment_collection_id") REFERENCES "payment_collection" ("id") ON UPDATE CASCADE ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "IDX_payment_payment_collection_id" ON "payment" ("payment_collection_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_payment_payment_session_id" ON "payment" ("payment_session_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_payment_deleted_at" ON "payment" ("deleted_at") WHERE "deleted_at" IS NOT NULL;`,
}
