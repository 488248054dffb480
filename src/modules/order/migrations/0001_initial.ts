import type { Migration } from "../../../db/migrate.js"

// Generated from the model declarations by scripts/generate-migration.ts
export const initial: Migration = {
  name: "0001_initial",
  up: `CREATE TABLE IF NOT EXISTS "order_address" (
  "id" text NOT NULL,
  "customer_id" text NULL,
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
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "order_address_pkey" PRIMARY KEY ("id")
);
CREATE INDEX IF NOT EXISTS "IDX_order_address_deleted_at" ON "order_address" ("deleted_at") WHERE "deleted_at" IS NOT NULL;

CREATE TABLE IF NOT EXISTS "order" (
  "id" text NOT NULL,
  "display_id" serial NOT NULL,
  "custom_display_id" text NULL,
  "region_id" text NULL,
  "customer_id" text NULL,
  "version" integer NOT NULL DEFAULT 1,
  "sales_channel_id" text NULL,
  "status" text NOT NULL DEFAULT 'pending' CHECK ("status" IN ('pending', 'completed', 'draft', 'archived', 'canceled', 'requires_action')),
  "is_draft_order" boolean NOT NULL DEFAULT false,
  "email" text NULL,
  "currency_code" text NOT NULL,
  "locale" text NULL,
  "shipping_address_id" text NULL,
  "billing_address_id" text NULL,
  "no_notification" boolean NULL,
  "metadata" jsonb NULL,
  "canceled_at" timestamptz NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "order_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "order_shipping_address_id_foreign" FOREIGN KEY ("shipping_address_id") REFERENCES "order_address" ("id") ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT "order_billing_address_id_foreign" FOREIGN KEY ("billing_address_id") REFERENCES "order_address" ("id") ON UPDATE CASCADE ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "IDX_order_region_id" ON "order" ("region_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_order_customer_id" ON "order" ("customer_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_order_sales_channel_id" ON "order" ("sales_channel_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_order_deleted_at" ON "order" ("deleted_at") WHERE "deleted_at" IS NOT NULL;

CREATE TABLE IF NOT EXISTS "order_line_item" (
  "id" text NOT NULL,
  "order_id" text NOT NULL,
  "title" text NOT NULL,
  "subtitle" text NULL,
  "thumbnail" text NULL,
  "quantity" integer NOT NULL,
  "variant_id" text NULL,
  "product_id" text NULL,
  "product_title" text NULL,
  "product_description" text NULL,
  "product_subtitle" text NULL,
  "product_type" text NULL,
  "product_type_id" text NULL,
  "product_collection" text NULL,
  "product_handle" text NULL,
  "variant_sku" text NULL,
  "variant_barcode" text NULL,
  "variant_title" text NULL,
  "variant_option_values" jsonb NULL,
  "requires_shipping" boolean NOT NULL DEFAULT true,
  "is_discountable" boolean NOT NULL DEFAULT true,
  "is_giftcard" boolean NOT NULL DEFAULT false,
  "is_tax_inclusive" boolean NOT NULL DEFAULT false,
  "is_custom_price" boolean NOT NULL DEFAULT false,
  "compare_at_unit_price" numeric NULL,
  "unit_price" numeric NOT NULL,
  "metadata" jsonb NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "order_line_item_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "order_line_item_order_id_foreign" FOREIGN KEY ("order_id") REFERENCES "order" ("id") ON UPDATE CASCADE ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "IDX_order_line_item_order_id" ON "order_line_item" ("order_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_order_line_item_variant_id" ON "order_line_item" ("variant_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_order_line_item_product_id" ON "order_line_item" ("product_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_order_line_item_deleted_at" ON "order_line_item" ("deleted_at") WHERE "deleted_at" IS NOT NULL;

CREATE TABLE IF NOT EXISTS "order_shipping_method" (
  "id" text NOT NULL,
  "order_id" text NOT NULL,
  "name" text NOT NULL,
  "description" jsonb NULL,
  "amount" numeric NOT NULL,
  "is_tax_inclusive" boolean NOT NULL DEFAULT false,
  "shipping_option_id" text NULL,
  "data" jsonb NULL,
  "metadata" jsonb NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "order_shipping_method_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "order_shipping_method_order_id_foreign" FOREIGN KEY ("order_id") REFERENCES "order" ("id") ON UPDATE CASCADE ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "IDX_order_shipping_method_order_id" ON "order_shipping_method" ("order_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_order_shipping_method_deleted_at" ON "order_shipping_method" ("deleted_at") WHERE "deleted_at" IS NOT NULL;`,
}
