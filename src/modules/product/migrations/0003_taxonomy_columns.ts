import type { Migration } from "../../../db/migrate.js"

/**
 * What Medusa 2.21's collections, tags, types and categories have beyond the initial tables:
 * `external_id` on all four; a category's `mpath` (its ids from the root, dot-joined) and the
 * foreign key to its parent; tag and type values unique among live rows (Medusa's
 * IDX_tag_value_unique / IDX_type_value_unique).
 */
export const taxonomyColumns: Migration = {
  name: "0003_taxonomy_columns",
  up: `ALTER TABLE "product_type" ADD COLUMN IF NOT EXISTS "external_id" text NULL;
ALTER TABLE "product_collection" ADD COLUMN IF NOT EXISTS "external_id" text NULL;
ALTER TABLE "product_tag" ADD COLUMN IF NOT EXISTS "external_id" text NULL;
ALTER TABLE "product_category" ADD COLUMN IF NOT EXISTS "external_id" text NULL;
ALTER TABLE "product_category" ADD COLUMN IF NOT EXISTS "mpath" text NULL;
UPDATE "product_category" c SET "parent_category_id" = NULL
WHERE c."parent_category_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "product_category" p WHERE p."id" = c."parent_category_id");
WITH RECURSIVE tree AS (
  SELECT "id", "id" AS "mpath" FROM "product_category" WHERE "parent_category_id" IS NULL
  UNION ALL
  SELECT c."id", t."mpath" || '.' || c."id" FROM "product_category" c JOIN tree t ON c."parent_category_id" = t."id"
)
UPDATE "product_category" p SET "mpath" = tree."mpath" FROM tree WHERE p."id" = tree."id";
UPDATE "product_category" SET "mpath" = "id" WHERE "mpath" IS NULL;
ALTER TABLE "product_category" ALTER COLUMN "mpath" SET NOT NULL;
ALTER TABLE "product_category" ADD CONSTRAINT "product_category_parent_category_id_foreign"
  FOREIGN KEY ("parent_category_id") REFERENCES "product_category" ("id") ON UPDATE CASCADE ON DELETE CASCADE;
CREATE INDEX IF NOT EXISTS "IDX_product_category_mpath" ON "product_category" ("mpath") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_product_category_parent_category_id" ON "product_category" ("parent_category_id") WHERE "deleted_at" IS NULL;
CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_tag_value_unique" ON "product_tag" ("value") WHERE "deleted_at" IS NULL;
CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_type_value_unique" ON "product_type" ("value") WHERE "deleted_at" IS NULL;`,
}
