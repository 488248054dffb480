import type { Migration } from "../../../db/migrate.js"

/**
 * Order lines and shipping methods keep the tax lines and adjustments of the cart they came from.
 * Generated from the model declarations (createTableSql).
 */
export const taxLinesAdjustments: Migration = {
  name: "0003_tax_lines_adjustments",
  up: `CREATE TABLE IF NOT EXISTS "order_line_item_tax_line" (
  "id" text NOT NULL,
  "description" text NULL,
  "tax_rate_id" text NULL,
  "code" text NOT NULL,
  "rate" numeric NOT NULL,
  "provider_id" text NULL,
  "metadata" jsonb NULL,
  "item_id" text NOT NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "order_line_item_tax_line_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "order_line_item_tax_line_item_id_foreign" FOREIGN KEY ("item_id") REFERENCES "order_line_item" ("id") ON UPDATE CASCADE ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "IDX_order_line_item_tax_line_item_id" ON "order_line_item_tax_line" ("item_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_order_line_item_tax_line_deleted_at" ON "order_line_item_tax_line" ("deleted_at") WHERE "deleted_at" IS NOT NULL;

CREATE TABLE IF NOT EXISTS "order_shipping_method_tax_line" (
  "id" text NOT NULL,
  "description" text NULL,
  "tax_rate_id" text NULL,
  "code" text NOT NULL,
  "rate" numeric NOT NULL,
  "provider_id" text NULL,
  "metadata" jsonb NULL,
  "shipping_method_id" text NOT NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "order_shipping_method_tax_line_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "order_shipping_method_tax_line_shipping_method_id_foreign" FOREIGN KEY ("shipping_method_id") REFERENCES "order_shipping_method" ("id") ON UPDATE CASCADE ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "IDX_order_shipping_method_tax_line_shipping_method_id" ON "order_shipping_method_tax_line" ("shipping_method_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_order_shipping_method_tax_line_deleted_at" ON "order_shipping_method_tax_line" ("deleted_at") WHERE "deleted_at" IS NOT NULL;

CREATE TABLE IF NOT EXISTS "order_line_item_adjustment" (
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
  CONSTRAINT "order_line_item_adjustment_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "order_line_item_adjustment_item_id_foreign" FOREIGN KEY ("item_id") REFERENCES "order_line_item" ("id") ON UPDATE CASCADE ON DELETE CASCADE
);
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
  CONSTRAINT "order_shipping_method_adjustment_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "order_shipping_method_adjustment_shipping_method_id_foreign" FOREIGN KEY ("shipping_method_id") REFERENCES "order_shipping_method" ("id") ON UPDATE CASCADE ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "IDX_order_shipping_method_adjustment_shipping_method_id" ON "order_shipping_method_adjustment" ("shipping_method_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_order_shipping_method_adjustment_deleted_at" ON "order_shipping_method_adjustment" ("deleted_at") WHERE "deleted_at" IS NOT NULL;`,
}
