import type { Migration } from "../../../db/migrate.js"

/** Medusa's built-in system tax provider, present in every store. */
export const systemProvider: Migration = {
  name: "0002_system_provider",
  up: `INSERT INTO "tax_provider" ("id", "is_enabled") VALUES ('tp_system', true) ON CONFLICT ("id") DO NOTHING;`,
}
