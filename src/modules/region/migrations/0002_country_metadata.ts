import type { Migration } from "../../../db/migrate.js"

/** region_country gains Medusa's `metadata` column. */
export const countryMetadata: Migration = {
  name: "0002_country_metadata",
  up: `ALTER TABLE "region_country" ADD COLUMN IF NOT EXISTS "metadata" jsonb NULL;`,
}
