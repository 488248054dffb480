import type { Migration } from "../../../db/migrate.js"

/**
 * Medusa's tax lines, adjustments (of cart lines and shipping methods) and credit lines.
 * Generated from the model declarations (createTableSql).
 */
export const taxLinesAdjustmentsCreditLines: Migration = {
  name: "0002_tax_lines_adjustments_credit_lines",
  up: `CREATE TABLE IF NOT EXISTS "cart_line_item_tax_line" (
  "id" text NOT NULL,
  "description" text NULL,
  "tax_rate_id" text NULL,
  "code" text NOT NULL,
  "rate" numeric NOT NULL,
  "provider_id" text NULL,
  "data" jsonb NULL,
  "metadata" jsonb NULL,
  "item_id" text NOT NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "cart_line_item_tax_line_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "cart_line_item_tax_line_item_id_foreign" FOREIGN KEY ("item_id") REFERENCES "cart_line_item" ("id") ON UPDATE CASCADE ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "IDX_cart_line_item_tax_line_item_id" ON "cart_line_item_tax_line" ("item_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_cart_line_item_tax_line_deleted_at" ON "cart_line_item_tax_line" ("deleted_at") WHERE "deleted_at" IS NOT NULL;

CREATE TABLE IF NOT EXISTS "cart_line_item_adjustment" (
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
  CONSTRAINT "cart_line_item_adjustment_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "cart_line_item_adjustment_item_id_foreign" FOREIGN KEY ("item_id") REFERENCES "cart_line_item" ("id") ON UPDATE CASCADE ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "IDX_cart_line_item_adjustment_item_id" ON "cart_line_item_adjustment" ("item_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_cart_line_item_adjustment_deleted_at" ON "cart_line_item_adjustment" ("deleted_at") WHERE "deleted_at" IS NOT NULL;

CREATE TABLE IF NOT EXISTS "cart_shipping_method_tax_line" (
  "id" text NOT NULL,
  "description" text NULL,
  "tax_rate_id" text NULL,
  "code" text NOT NULL,
  "rate" numeric NOT NULL,
  "provider_id" text NULL,
  "data" jsonb NULL,
  "metadata" jsonb NULL,
  "shipping_method_id" text NOT NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "cart_shipping_method_tax_line_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "cart_shipping_method_tax_line_shipping_method_id_foreign" FOREIGN KEY ("shipping_method_id") REFERENCES "cart_shipping_method" ("id") ON UPDATE CASCADE ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "IDX_cart_shipping_method_tax_line_shipping_method_id" ON "cart_shipping_method_tax_line" ("shipping_method_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_cart_shipping_method_tax_line_deleted_at" ON "cart_shipping_method_tax_line" ("deleted_at") WHERE "deleted_at" IS NOT NULL;

CREATE TABLE IF NOT EXISTS "cart_shipping_method_adjustment" (
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
  CONSTRAINT "cart_shipping_method_adjustment_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "cart_shipping_method_adjustment_shipping_method_id_foreign" FOREIGN KEY ("shipping_method_id") REFERENCES "cart_shipping_method" ("id") ON UPDATE CASCADE ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "IDX_cart_shipping_method_adjustment_shipping_method_id" ON "cart_shipping_method_adjustment" ("shipping_method_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_cart_shipping_method_adjustment_deleted_at" ON "cart_shipping_method_adjustment" ("deleted_at") WHERE "deleted_at" IS NOT NULL;

CREATE TABLE IF NOT EXISTS "cart_credit_line" (
  "id" text NOT NULL,
  "cart_id" text NOT NULL,
  "reference" text NULL,
  "reference_id" text NULL,
  "amount" numeric NOT NULL,
  "metadata" jsonb NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "cart_credit_line_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "cart_credit_line_cart_id_foreign" FOREIGN KEY ("cart_id") REFERENCES "cart" ("id") ON UPDATE CASCADE ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "IDX_cart_credit_line_cart_id" ON "cart_credit_line" ("cart_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_cart_credit_line_deleted_at" ON "cart_credit_line" ("deleted_at") WHERE "deleted_at" IS NOT NULL;`,
}
