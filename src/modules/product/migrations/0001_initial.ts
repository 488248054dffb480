import type { Migration } from "../../../db/migrate.js"

// Generated from the model declarations by scripts/generate-migration.ts
export const initial: Migration = {
  name: "0001_initial",
  up: `CREATE TABLE IF NOT EXISTS "product_type" (
  "id" text NOT NULL,
  "value" text NOT NULL,
  "metadata" jsonb NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "product_type_pkey" PRIMARY KEY ("id")
);
CREATE INDEX IF NOT EXISTS "IDX_product_type_deleted_at" ON "product_type" ("deleted_at") WHERE "deleted_at" IS NOT NULL;

CREATE TABLE IF NOT EXISTS "product_collection" (
  "id" text NOT NULL,
  "title" text NOT NULL,
  "handle" text NOT NULL,
  "metadata" jsonb NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "product_collection_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_collection_handle_unique" ON "product_collection" ("handle") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_product_collection_deleted_at" ON "product_collection" ("deleted_at") WHERE "deleted_at" IS NOT NULL;

CREATE TABLE IF NOT EXISTS "product_tag" (
  "id" text NOT NULL,
  "value" text NOT NULL,
  "metadata" jsonb NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "product_tag_pkey" PRIMARY KEY ("id")
);
CREATE INDEX IF NOT EXISTS "IDX_product_tag_deleted_at" ON "product_tag" ("deleted_at") WHERE "deleted_at" IS NOT NULL;

CREATE TABLE IF NOT EXISTS "product_category" (
  "id" text NOT NULL,
  "name" text NOT NULL,
  "description" text NOT NULL DEFAULT '',
  "handle" text NOT NULL,
  "is_active" boolean NOT NULL DEFAULT false,
  "is_internal" boolean NOT NULL DEFAULT false,
  "rank" integer NOT NULL DEFAULT 0,
  "parent_category_id" text NULL,
  "metadata" jsonb NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "product_category_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_category_handle_unique" ON "product_category" ("handle") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_product_category_deleted_at" ON "product_category" ("deleted_at") WHERE "deleted_at" IS NOT NULL;

CREATE TABLE IF NOT EXISTS "product" (
  "id" text NOT NULL,
  "title" text NOT NULL,
  "handle" text NOT NULL,
  "subtitle" text NULL,
  "description" text NULL,
  "is_giftcard" boolean NOT NULL DEFAULT false,
  "status" text NOT NULL DEFAULT 'draft' CHECK ("status" IN ('draft', 'proposed', 'published', 'rejected')),
  "thumbnail" text NULL,
  "weight" numeric NULL,
  "length" numeric NULL,
  "height" numeric NULL,
  "width" numeric NULL,
  "origin_country" text NULL,
  "hs_code" text NULL,
  "mid_code" text NULL,
  "material" text NULL,
  "collection_id" text NULL,
  "type_id" text NULL,
  "discountable" boolean NOT NULL DEFAULT true,
  "external_id" text NULL,
  "metadata" jsonb NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "product_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "product_type_id_foreign" FOREIGN KEY ("type_id") REFERENCES "product_type" ("id") ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT "product_collection_id_foreign" FOREIGN KEY ("collection_id") REFERENCES "product_collection" ("id") ON UPDATE CASCADE ON DELETE SET NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_handle_unique" ON "product" ("handle") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_product_status" ON "product" ("status") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_product_collection_id" ON "product" ("collection_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_product_type_id" ON "product" ("type_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_product_deleted_at" ON "product" ("deleted_at") WHERE "deleted_at" IS NOT NULL;
CREATE TABLE IF NOT EXISTS "product_tags" (
  "product_id" text NOT NULL REFERENCES "product" ("id") ON DELETE CASCADE,
  "product_tag_id" text NOT NULL REFERENCES "product_tag" ("id") ON DELETE CASCADE,
  PRIMARY KEY ("product_id", "product_tag_id")
);
CREATE INDEX IF NOT EXISTS "IDX_product_tags_product_tag_id" ON "product_tags" ("product_tag_id");
CREATE TABLE IF NOT EXISTS "product_category_product" (
  "product_id" text NOT NULL REFERENCES "product" ("id") ON DELETE CASCADE,
  "product_category_id" text NOT NULL REFERENCES "product_category" ("id") ON DELETE CASCADE,
  PRIMARY KEY ("product_id", "product_category_id")
);
CREATE INDEX IF NOT EXISTS "IDX_product_category_product_product_category_id" ON "product_category_product" ("product_category_id");

CREATE TABLE IF NOT EXISTS "product_image" (
  "id" text NOT NULL,
  "url" text NOT NULL,
  "rank" integer NOT NULL DEFAULT 0,
  "product_id" text NOT NULL,
  "metadata" jsonb NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "product_image_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "product_image_product_id_foreign" FOREIGN KEY ("product_id") REFERENCES "product" ("id") ON UPDATE CASCADE ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "IDX_product_image_product_id" ON "product_image" ("product_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_product_image_deleted_at" ON "product_image" ("deleted_at") WHERE "deleted_at" IS NOT NULL;

CREATE TABLE IF NOT EXISTS "product_option" (
  "id" text NOT NULL,
  "title" text NOT NULL,
  "is_exclusive" boolean NOT NULL DEFAULT true,
  "product_id" text NULL,
  "metadata" jsonb NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "product_option_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "product_option_product_id_foreign" FOREIGN KEY ("product_id") REFERENCES "product" ("id") ON UPDATE CASCADE ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "IDX_product_option_product_id" ON "product_option" ("product_id") WHERE "deleted_at" IS NULL;
CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_option_product_id_title_unique" ON "product_option" ("product_id", "title") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_product_option_deleted_at" ON "product_option" ("deleted_at") WHERE "deleted_at" IS NOT NULL;

CREATE TABLE IF NOT EXISTS "product_option_value" (
  "id" text NOT NULL,
  "value" text NOT NULL,
  "rank" integer NULL,
  "option_id" text NULL,
  "metadata" jsonb NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "product_option_value_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "product_option_value_option_id_foreign" FOREIGN KEY ("option_id") REFERENCES "product_option" ("id") ON UPDATE CASCADE ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "IDX_product_option_value_option_id" ON "product_option_value" ("option_id") WHERE "deleted_at" IS NULL;
CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_option_value_option_id_value_unique" ON "product_option_value" ("option_id", "value") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_product_option_value_deleted_at" ON "product_option_value" ("deleted_at") WHERE "deleted_at" IS NOT NULL;

CREATE TABLE IF NOT EXISTS "product_variant" (
  "id" text NOT NULL,
  "title" text NOT NULL,
  "sku" text NULL,
  "barcode" text NULL,
  "ean" text NULL,
  "upc" text NULL,
  "allow_backorder" boolean NOT NULL DEFAULT false,
  "manage_inventory" boolean NOT NULL DEFAULT true,
  "hs_code" text NULL,
  "origin_country" text NULL,
  "mid_code" text NULL,
  "material" text NULL,
  "weight" numeric NULL,
  "length" numeric NULL,
  "height" numeric NULL,
  "width" numeric NULL,
  "metadata" jsonb NULL,
  "variant_rank" numeric NOT NULL DEFAULT 0,
  "thumbnail" text NULL,
  "product_id" text NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "product_variant_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "product_variant_product_id_foreign" FOREIGN KEY ("product_id") REFERENCES "product" ("id") ON UPDATE CASCADE ON DELETE CASCADE
);
CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_variant_sku_unique" ON "product_variant" ("sku") WHERE "deleted_at" IS NULL;
CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_variant_barcode_unique" ON "product_variant" ("barcode") WHERE "deleted_at" IS NULL;
CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_variant_ean_unique" ON "product_variant" ("ean") WHERE "deleted_at" IS NULL;
CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_variant_upc_unique" ON "product_variant" ("upc") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_product_variant_product_id" ON "product_variant" ("product_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_product_variant_deleted_at" ON "product_variant" ("deleted_at") WHERE "deleted_at" IS NOT NULL;
CREATE TABLE IF NOT EXISTS "product_variant_option" (
  "variant_id" text NOT NULL REFERENCES "product_variant" ("id") ON DELETE CASCADE,
  "option_value_id" text NOT NULL REFERENCES "product_option_value" ("id") ON DELETE CASCADE,
  PRIMARY KEY ("variant_id", "option_value_id")
);
CREATE INDEX IF NOT EXISTS "IDX_product_variant_option_option_value_id" ON "product_variant_option" ("option_value_id");
CREATE TABLE IF NOT EXISTS "product_variant_product_image" (
  "variant_id" text NOT NULL REFERENCES "product_variant" ("id") ON DELETE CASCADE,
  "image_id" text NOT NULL REFERENCES "product_image" ("id") ON DELETE CASCADE,
  PRIMARY KEY ("variant_id", "image_id")
);
CREATE INDEX IF NOT EXISTS "IDX_product_variant_product_image_image_id" ON "product_variant_product_image" ("image_id");

CREATE TABLE IF NOT EXISTS "product_variant_price" (
  "id" text NOT NULL,
  "currency_code" text NOT NULL,
  "amount" numeric NOT NULL,
  "min_quantity" numeric NULL,
  "max_quantity" numeric NULL,
  "rules" jsonb NOT NULL DEFAULT '{}'::jsonb,
  "variant_id" text NOT NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "product_variant_price_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "product_variant_price_variant_id_foreign" FOREIGN KEY ("variant_id") REFERENCES "product_variant" ("id") ON UPDATE CASCADE ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "IDX_product_variant_price_variant_id" ON "product_variant_price" ("variant_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_product_variant_price_variant_id_currency_code" ON "product_variant_price" ("variant_id", "currency_code") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_product_variant_price_deleted_at" ON "product_variant_price" ("deleted_at") WHERE "deleted_at" IS NOT NULL;`,
}
