import type { Migration } from "../../../db/migrate.js"

// Generated from the model declarations by scripts/generate-migration.ts
export const initial: Migration = {
  name: "0001_initial",
  up: `CREATE TABLE IF NOT EXISTS "cart_address" (
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
  CONSTRAINT "cart_address_pkey" PRIMARY KEY ("id")
);
CREATE INDEX IF NOT EXISTS "IDX_cart_address_deleted_at" ON "cart_address" ("deleted_at") WHERE "deleted_at" IS NOT NULL;

CREATE TABLE IF NOT EXISTS "cart" (
  "id" text NOT NULL,
  "region_id" text NULL,
  "customer_id" text NULL,
  "sales_channel_id" text NULL,
  "email" text NULL,
  "currency_code" text NOT NULL,
  "locale" text NULL,
  "shipping_address_id" text NULL,
  "billing_address_id" text NULL,
  "metadata" jsonb NULL,
  "completed_at" timestamptz NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "cart_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "cart_shipping_address_id_foreign" FOREIGN KEY ("shipping_address_id") REFERENCES "cart_address" ("id") ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT "cart_billing_address_id_foreign" FOREIGN KEY ("billing_address_id") REFERENCES "cart_address" ("id") ON UPDATE CASCADE ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "IDX_cart_region_id" ON "cart" ("region_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_cart_customer_id" ON "cart" ("customer_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_cart_sales_channel_id" ON "cart" ("sales_channel_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_cart_deleted_at" ON "cart" ("deleted_at") WHERE "deleted_at" IS NOT NULL;

CREATE TABLE IF NOT EXISTS "cart_line_item" (
  "id" text NOT NULL,
  "cart_id" text NOT NULL,
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
  CONSTRAINT "cart_line_item_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "cart_line_item_cart_id_foreign" FOREIGN KEY ("cart_id") REFERENCES "cart" ("id") ON UPDATE CASCADE ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "IDX_cart_line_item_cart_id" ON "cart_line_item" ("cart_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_cart_line_item_variant_id" ON "cart_line_item" ("variant_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_cart_line_item_product_id" ON "cart_line_item" ("product_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_cart_line_item_deleted_at" ON "cart_line_item" ("deleted_at") WHERE "deleted_at" IS NOT NULL;

CREATE TABLE IF NOT EXISTS "cart_shipping_method" (
  "id" text NOT NULL,
  "cart_id" text NOT NULL,
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
  CONSTRAINT "cart_shipping_method_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "cart_shipping_method_cart_id_foreign" FOREIGN KEY ("cart_id") REFERENCES "cart" ("id") ON UPDATE CASCADE ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "IDX_cart_shipping_method_cart_id" ON "cart_shipping_method" ("cart_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_cart_shipping_method_deleted_at" ON "cart_shipping_method" ("deleted_at") WHERE "deleted_at" IS NOT NULL;`,
}
