#!/usr/bin/env node
import { Command } from "commander"
import { ConfigError } from "../app/config.js"
import { migrateCommand } from "./commands/migrate.js"
import { startCommand } from "./commands/start.js"
import { userCommand } from "./commands/user.js"

const program = new Command()
  .name("salesgraph")
  .description("Multi-channel commerce backend speaking Medusa v2's admin and store API")

program
  .command("start")
  .description("start the HTTP server (embedded PostgreSQL unless DATABASE_URL is set; migrates it)")
  .action(() => startCommand())

program
  .command("db:migrate")
  .description("apply pending migrations")
  .action(() => migrateCommand())

program
  .command("user")
  .description("create an admin user")
  .requiredOption("-e, --email <email>", "the user's email")
  .requiredOption("-p, --password <password>", "the user's password")
  .action((opts: { email: string; password: string }) => userCommand(opts))

program.parseAsync().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message)
  else console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
