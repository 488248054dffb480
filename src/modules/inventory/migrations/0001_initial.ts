import type { Migration } from "../../../db/migrate.js"

// Generated from the model declarations by scripts/generate-migration.ts
export const initial: Migration = {
  name: "0001_initial",
  up: `CREATE TABLE IF NOT EXISTS "inventory_item" (
  "id" text NOT NULL,
  "sku" text NULL,
  "title" text NULL,
  "description" text NULL,
  "thumbnail" text NULL,
  "origin_country" text NULL,
  "hs_code" text NULL,
  "mid_code" text NULL,
  "material" text NULL,
  "unit_of_measure" text NULL,
  "weight" numeric NULL,
  "length" numeric NULL,
  "height" numeric NULL,
  "width" numeric NULL,
  "requires_shipping" boolean NOT NULL DEFAULT true,
  "metadata" jsonb NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "inventory_item_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX IF NOT EXISTS "IDX_inventory_item_sku_unique" ON "inventory_item" ("sku") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_inventory_item_deleted_at" ON "inventory_item" ("deleted_at") WHERE "deleted_at" IS NOT NULL;

CREATE TABLE IF NOT EXISTS "inventory_level" (
  "id" text NOT NULL,
  "inventory_item_id" text NOT NULL,
  "location_id" text NOT NULL,
  "stocked_quantity" numeric NOT NULL DEFAULT 0,
  "reserved_quantity" numeric NOT NULL DEFAULT 0,
  "incoming_quantity" numeric NOT NULL DEFAULT 0,
  "metadata" jsonb NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "inventory_level_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "inventory_level_inventory_item_id_foreign" FOREIGN KEY ("inventory_item_id") REFERENCES "inventory_item" ("id") ON UPDATE CASCADE ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "IDX_inventory_level_location_id" ON "inventory_level" ("location_id") WHERE "deleted_at" IS NULL;
CREATE UNIQUE INDEX IF NOT EXISTS "IDX_inventory_level_inventory_item_id_location_id_unique" ON "inventory_level" ("inventory_item_id", "location_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_inventory_level_deleted_at" ON "inventory_level" ("deleted_at") WHERE "deleted_at" IS NOT NULL;

CREATE TABLE IF NOT EXISTS "reservation_item" (
  "id" text NOT NULL,
  "line_item_id" text NULL,
  "location_id" text NOT NULL,
  "quantity" numeric NOT NULL,
  "allow_backorder" boolean NOT NULL DEFAULT false,
  "external_id" text NULL,
  "description" text NULL,
  "created_by" text NULL,
  "metadata" jsonb NULL,
  "inventory_item_id" text NOT NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "reservation_item_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "reservation_item_inventory_item_id_foreign" FOREIGN KEY ("inventory_item_id") REFERENCES "inventory_item" ("id") ON UPDATE CASCADE ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "IDX_reservation_item_line_item_id" ON "reservation_item" ("line_item_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_reservation_item_location_id" ON "reservation_item" ("location_id") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_reservation_item_deleted_at" ON "reservation_item" ("deleted_at") WHERE "deleted_at" IS NOT NULL;`,
}
