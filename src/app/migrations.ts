import type { MigrationSource } from "../db/migrate.js"
import type { StoredLinkDef } from "../framework/link/define-link.js"
import { linkMigrations } from "../framework/link/register.js"
import { outboxMigrations } from "../framework/events/index.js"
import { rateLimitMigrations } from "../framework/rate-limit/migrations.js"
import { links } from "../links/index.js"
import { modules } from "./modules.js"

/** Framework tables first, then each module's, then the link tables. */
export function migrationSources(): MigrationSource[] {
  const stored = links.filter((l): l is StoredLinkDef => l.kind === "stored")
  return [
    { owner: "framework", migrations: outboxMigrations },
    // its own owner: migration names are ordered per owner, and these need no outbox
    { owner: "framework:rate-limit", migrations: rateLimitMigrations },
    ...Object.values(modules).map((m) => ({ owner: m.name, migrations: m.migrations })),
    { owner: "link", migrations: stored.flatMap(linkMigrations) },
  ]
}
