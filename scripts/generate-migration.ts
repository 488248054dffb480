/**
 * Prints (or writes) a module's initial migration from its model declarations:
 *   npx tsx scripts/generate-migration.ts <module-folder> [--write]
 * Later schema changes get their own hand-checked migration files; the schema test keeps
 * the migrated database and the declarations in agreement.
 */
import { writeFileSync } from "node:fs"
import { createTableSql } from "../src/framework/model/index.js"
import type { ModuleDef } from "../src/framework/module/define-module.js"

const folder = process.argv[2]
const mod = Object.values(await import(`../src/modules/${folder}/index.ts`)).find(
  (v): v is ModuleDef => typeof v === "object" && v !== null && "migrations" in v && "models" in v,
)!
const ddl = mod.models.map((m) => createTableSql(m)).join("\n\n")
const file = `import type { Migration } from "../../../db/migrate.js"

// Generated from the model declarations by scripts/generate-migration.ts
export const initial: Migration = {
  name: "0001_initial",
  up: \`${ddl.replace(/`/g, "\\`")}\`,
}
`
if (process.argv.includes("--write"))
  writeFileSync(new URL(`../src/modules/${folder}/migrations/0001_initial.ts`, import.meta.url), file)
else process.stdout.write(file)
