import type { Migration } from "../../../db/migrate.js"

/**
 * Fulfillment sets, service zones, geo zones, fulfillment providers and shipping options (with
 * their types, rules, prices and price rules). Generated from the model declarations (createTableSql).
 */
export const shippingOptions: Migration = {
  name: "0002_shipping_options",
  up: `CREATE TABLE IF NOT EXISTS "fulfillment_set" (
  "id" text NOT NULL,
  "name" text NOT NULL,
  "type" text NOT NULL,
  "metadata" jsonb NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "fulfillment_set_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX IF NOT EXISTS "IDX_fulfillment_set_name_unique" ON "fulfillment_set" ("name") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_fulfillment_set_deleted_at" ON "fulfillment_set" ("deleted_at") WHERE "deleted_at" IS NOT NULL;

CREATE TABLE IF NOT EXISTS "service_zone" (
  "id" text NOT NULL,
  "name" text NOT NULL,
  "metadata" jsonb NULL,
  "fulfillment_set_id" text NOT NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "service_zone_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "service_zone_fulfillment_set_id_foreign" FOREIGN KEY ("fulfillment_set_id") REFERENCES "fulfillment_set" ("id") ON UPDATE CASCADE ON DELETE CASCADE
);
CREATE UNIQUE INDEX IF NOT EXISTS "IDX_service_zone_name_unique" ON "service_zone" ("name") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_service_zone_fulfillment_set_id" ON "service_zone" ("fulfillment_set_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_service_zone_deleted_at" ON "service_zone" ("deleted_at") WHERE "deleted_at" IS NOT NULL;

CREATE TABLE IF NOT EXISTS "geo_zone" (
  "id" text NOT NULL,
  "type" text NOT NULL DEFAULT 'country' CHECK ("type" IN ('country', 'province', 'city', 'zip')),
  "country_code" text NOT NULL,
  "province_code" text NULL,
  "city" text NULL,
  "postal_expression" jsonb NULL,
  "service_zone_id" text NOT NULL,
  "metadata" jsonb NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "geo_zone_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "geo_zone_service_zone_id_foreign" FOREIGN KEY ("service_zone_id") REFERENCES "service_zone" ("id") ON UPDATE CASCADE ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "IDX_geo_zone_country_code" ON "geo_zone" ("country_code") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_geo_zone_province_code" ON "geo_zone" ("province_code") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_geo_zone_city" ON "geo_zone" ("city") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_geo_zone_service_zone_id" ON "geo_zone" ("service_zone_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_geo_zone_deleted_at" ON "geo_zone" ("deleted_at") WHERE "deleted_at" IS NOT NULL;

CREATE TABLE IF NOT EXISTS "fulfillment_provider" (
  "id" text NOT NULL,
  "is_enabled" boolean NOT NULL DEFAULT true,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "fulfillment_provider_pkey" PRIMARY KEY ("id")
);
CREATE INDEX IF NOT EXISTS "IDX_fulfillment_provider_deleted_at" ON "fulfillment_provider" ("deleted_at") WHERE "deleted_at" IS NOT NULL;

CREATE TABLE IF NOT EXISTS "shipping_option_type" (
  "id" text NOT NULL,
  "label" text NOT NULL,
  "description" text NULL,
  "code" text NOT NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "shipping_option_type_pkey" PRIMARY KEY ("id")
);
CREATE INDEX IF NOT EXISTS "IDX_shipping_option_type_deleted_at" ON "shipping_option_type" ("deleted_at") WHERE "deleted_at" IS NOT NULL;

CREATE TABLE IF NOT EXISTS "shipping_option" (
  "id" text NOT NULL,
  "name" text NOT NULL,
  "price_type" text NOT NULL DEFAULT 'flat' CHECK ("price_type" IN ('flat', 'calculated')),
  "data" jsonb NULL,
  "metadata" jsonb NULL,
  "service_zone_id" text NOT NULL,
  "shipping_profile_id" text NULL,
  "provider_id" text NULL,
  "shipping_option_type_id" text NOT NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "shipping_option_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "shipping_option_service_zone_id_foreign" FOREIGN KEY ("service_zone_id") REFERENCES "service_zone" ("id") ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT "shipping_option_shipping_profile_id_foreign" FOREIGN KEY ("shipping_profile_id") REFERENCES "shipping_profile" ("id") ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT "shipping_option_provider_id_foreign" FOREIGN KEY ("provider_id") REFERENCES "fulfillment_provider" ("id") ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT "shipping_option_shipping_option_type_id_foreign" FOREIGN KEY ("shipping_option_type_id") REFERENCES "shipping_option_type" ("id") ON UPDATE CASCADE ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "IDX_shipping_option_service_zone_id" ON "shipping_option" ("service_zone_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_shipping_option_shipping_profile_id" ON "shipping_option" ("shipping_profile_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_shipping_option_provider_id" ON "shipping_option" ("provider_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_shipping_option_shipping_option_type_id" ON "shipping_option" ("shipping_option_type_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_shipping_option_deleted_at" ON "shipping_option" ("deleted_at") WHERE "deleted_at" IS NOT NULL;

CREATE TABLE IF NOT EXISTS "shipping_option_rule" (
  "id" text NOT NULL,
  "attribute" text NOT NULL,
  "operator" text NOT NULL CHECK ("operator" IN ('gt', 'lt', 'eq', 'ne', 'in', 'lte', 'gte', 'nin')),
  "value" jsonb NULL,
  "shipping_option_id" text NOT NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "shipping_option_rule_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "shipping_option_rule_shipping_option_id_foreign" FOREIGN KEY ("shipping_option_id") REFERENCES "shipping_option" ("id") ON UPDATE CASCADE ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "IDX_shipping_option_rule_shipping_option_id" ON "shipping_option_rule" ("shipping_option_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_shipping_option_rule_deleted_at" ON "shipping_option_rule" ("deleted_at") WHERE "deleted_at" IS NOT NULL;

CREATE TABLE IF NOT EXISTS "shipping_option_price" (
  "id" text NOT NULL,
  "title" text NULL,
  "currency_code" text NOT NULL,
  "amount" numeric NOT NULL,
  "min_quantity" numeric NULL,
  "max_quantity" numeric NULL,
  "shipping_option_id" text NOT NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "shipping_option_price_pkey" PRIMARY KEY ("id")
);
CREATE INDEX IF NOT EXISTS "IDX_shipping_option_price_shipping_option_id" ON "shipping_option_price" ("shipping_option_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_shipping_option_price_deleted_at" ON "shipping_option_price" ("deleted_at") WHERE "deleted_at" IS NOT NULL;

CREATE TABLE IF NOT EXISTS "shipping_option_price_rule" (
  "id" text NOT NULL,
  "attribute" text NOT NULL,
  "value" text NOT NULL,
  "operator" text NOT NULL DEFAULT 'eq',
  "priority" integer NOT NULL DEFAULT 0,
  "price_id" text NOT NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "shipping_option_price_rule_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "shipping_option_price_rule_price_id_foreign" FOREIGN KEY ("price_id") REFERENCES "shipping_option_price" ("id") ON UPDATE CASCADE ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "IDX_shipping_option_price_rule_price_id" ON "shipping_option_price_rule" ("price_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_shipping_option_price_rule_deleted_at" ON "shipping_option_price_rule" ("deleted_at") WHERE "deleted_at" IS NOT NULL;`,
}
