import type { Migration } from "../../../db/migrate.js"

// order_line_item_adjustment and order_shipping_method_adjustment, from the model declarations (scripts/generate-migration.ts)
export const adjustments: Migration = {
  name: "0003_adjustments",
  up: `CREATE TABLE IF NOT EXISTS "order_line_item_adjustment" (
  "id" text NOT NULL,
  "description" text NULL,
  "code" text NULL,
  "amount" numeric NOT NULL,
  "is_tax_inclusive" boolean NOT NULL DEFAULT false,
  "provider_id" text NULL,
  "promotion_id" text NULL,
  "metadata" jsonb NULL,
  "item_id" text NOT NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "order_line_item_adjustment_pkey" PRIMARY KEY ("id")
);
CREATE INDEX IF NOT EXISTS "IDX_order_line_item_adjustment_promotion_id" ON "order_line_item_adjustment" ("promotion_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_order_line_item_adjustment_item_id" ON "order_line_item_adjustment" ("item_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_order_line_item_adjustment_deleted_at" ON "order_line_item_adjustment" ("deleted_at") WHERE "deleted_at" IS NOT NULL;

CREATE TABLE IF NOT EXISTS "order_shipping_method_adjustment" (
  "id" text NOT NULL,
  "description" text NULL,
  "code" text NULL,
  "amount" numeric NOT NULL,
  "is_tax_inclusive" boolean NOT NULL DEFAULT false,
  "provider_id" text NULL,
  "promotion_id" text NULL,
  "metadata" jsonb NULL,
  "shipping_method_id" text NOT NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "order_shipping_method_adjustment_pkey" PRIMARY KEY ("id")
);
CREATE INDEX IF NOT EXISTS "IDX_order_shipping_method_adjustment_promotion_id" ON "order_shipping_method_adjustment" ("promotion_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_order_shipping_method_adjustment_shipping_method_id" ON "order_shipping_method_adjustment" ("shipping_method_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_order_shipping_method_adjustment_deleted_at" ON "order_shipping_method_adjustment" ("deleted_at") WHERE "deleted_at" IS NOT NULL;`,
}
