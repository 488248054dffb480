import type { Migration } from "../../../db/migrate.js"

// Generated from the model declarations by scripts/generate-migration.ts
export const initial: Migration = {
  name: "0001_initial",
  up: `CREATE TABLE IF NOT EXISTS "promotion_campaign_budget" (
  "id" text NOT NULL,
  "type" text NOT NULL CHECK ("type" IN ('spend', 'usage', 'use_by_attribute')),
  "currency_code" text NULL,
  "attribute" text NULL,
  "limit" numeric NULL,
  "used" numeric NOT NULL DEFAULT 0,
  "campaign_id" text NOT NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "promotion_campaign_budget_pkey" PRIMARY KEY ("id")
);
CREATE INDEX IF NOT EXISTS "IDX_promotion_campaign_budget_campaign_id" ON "promotion_campaign_budget" ("campaign_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_promotion_campaign_budget_deleted_at" ON "promotion_campaign_budget" ("deleted_at") WHERE "deleted_at" IS NOT NULL;

CREATE TABLE IF NOT EXISTS "promotion_campaign" (
  "id" text NOT NULL,
  "name" text NOT NULL,
  "description" text NULL,
  "campaign_identifier" text NOT NULL,
  "starts_at" timestamptz NULL,
  "ends_at" timestamptz NULL,
  "budget_id" text NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "promotion_campaign_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "promotion_campaign_budget_id_foreign" FOREIGN KEY ("budget_id") REFERENCES "promotion_campaign_budget" ("id") ON UPDATE CASCADE ON DELETE SET NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS "IDX_promotion_campaign_campaign_identifier_unique" ON "promotion_campaign" ("campaign_identifier") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_promotion_campaign_deleted_at" ON "promotion_campaign" ("deleted_at") WHERE "deleted_at" IS NOT NULL;

CREATE TABLE IF NOT EXISTS "promotion_application_method" (
  "id" text NOT NULL,
  "value" numeric NOT NULL,
  "currency_code" text NULL,
  "max_quantity" integer NULL,
  "apply_to_quantity" integer NULL,
  "buy_rules_min_quantity" integer NULL,
  "type" text NOT NULL CHECK ("type" IN ('fixed', 'percentage')),
  "target_type" text NOT NULL CHECK ("target_type" IN ('order', 'shipping_methods', 'items')),
  "allocation" text NULL CHECK ("allocation" IN ('each', 'across', 'once')),
  "promotion_id" text NOT NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "promotion_application_method_pkey" PRIMARY KEY ("id")
);
CREATE INDEX IF NOT EXISTS "IDX_promotion_application_method_promotion_id" ON "promotion_application_method" ("promotion_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_promotion_application_method_deleted_at" ON "promotion_application_method" ("deleted_at") WHERE "deleted_at" IS NOT NULL;

CREATE TABLE IF NOT EXISTS "promotion" (
  "id" text NOT NULL,
  "code" text NOT NULL,
  "is_automatic" boolean NOT NULL DEFAULT false,
  "is_tax_inclusive" boolean NOT NULL DEFAULT false,
  "type" text NOT NULL CHECK ("type" IN ('standard', 'buyget')),
  "status" text NOT NULL DEFAULT 'draft' CHECK ("status" IN ('draft', 'active', 'inactive')),
  "limit" integer NULL,
  "used" integer NOT NULL DEFAULT 0,
  "metadata" jsonb NULL,
  "campaign_id" text NULL,
  "application_method_id" text NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "promotion_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "promotion_campaign_id_foreign" FOREIGN KEY ("campaign_id") REFERENCES "promotion_campaign" ("id") ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT "promotion_application_method_id_foreign" FOREIGN KEY ("application_method_id") REFERENCES "promotion_application_method" ("id") ON UPDATE CASCADE ON DELETE SET NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS "IDX_promotion_code_unique" ON "promotion" ("code") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_promotion_type" ON "promotion" ("type") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_promotion_status" ON "promotion" ("status") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_promotion_campaign_id" ON "promotion" ("campaign_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_promotion_deleted_at" ON "promotion" ("deleted_at") WHERE "deleted_at" IS NOT NULL;

CREATE TABLE IF NOT EXISTS "promotion_rule" (
  "id" text NOT NULL,
  "description" text NULL,
  "attribute" text NOT NULL,
  "operator" text NOT NULL CHECK ("operator" IN ('gte', 'lte', 'gt', 'lt', 'eq', 'ne', 'in')),
  "promotion_id" text NULL,
  "target_method_id" text NULL,
  "buy_method_id" text NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "promotion_rule_pkey" PRIMARY KEY ("id")
);
CREATE INDEX IF NOT EXISTS "IDX_promotion_rule_attribute" ON "promotion_rule" ("attribute") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_promotion_rule_promotion_id" ON "promotion_rule" ("promotion_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_promotion_rule_target_method_id" ON "promotion_rule" ("target_method_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_promotion_rule_buy_method_id" ON "promotion_rule" ("buy_method_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_promotion_rule_deleted_at" ON "promotion_rule" ("deleted_at") WHERE "deleted_at" IS NOT NULL;

CREATE TABLE IF NOT EXISTS "promotion_rule_value" (
  "id" text NOT NULL,
  "value" text NOT NULL,
  "promotion_rule_id" text NOT NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "promotion_rule_value_pkey" PRIMARY KEY ("id")
);
CREATE INDEX IF NOT EXISTS "IDX_promotion_rule_value_promotion_rule_id" ON "promotion_rule_value" ("promotion_rule_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_promotion_rule_value_deleted_at" ON "promotion_rule_value" ("deleted_at") WHERE "deleted_at" IS NOT NULL;`,
}
