#!/usr/bin/env node
import { Command, InvalidArgumentError } from "commander"
import { FORMAT_HELP } from "../workflows/import/columns.js"
import type { WhyOptions } from "./commands/why.js"

// Each command loads its own code when it runs: `start` does not pay for the CSV importer.
const commands = {
  start: () => import("./commands/start.js"),
  migrate: () => import("./commands/migrate.js"),
  user: () => import("./commands/user.js"),
  seed: () => import("./commands/seed.js"),
  import: () => import("./commands/import.js"),
  secrets: () => import("./commands/secrets.js"),
  dashboard: () => import("./commands/dashboard.js"),
  why: () => import("./commands/why.js"),
}

function positiveInt(flag: string, value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${flag} must be a whole number above 0`)
  return n
}

const program = new Command()
  .name("salesgraph")
  .description("Multi-channel commerce backend speaking Medusa v2's admin and store API")
  .option("--verbose", "on an error, print its stack trace too", false)

program
  .command("start")
  .description("start the HTTP server (embedded PostgreSQL unless DATABASE_URL is set; migrates it)")
  .option("--workers <n>", "serve from N worker processes on the same port (node's cluster)", (v) =>
    positiveInt("--workers", v),
  )
  .action(async (opts: { workers?: number }) => (await commands.start()).startCommand(opts))

program
  .command("dashboard")
  .description(
    "build Medusa's admin dashboard once (npm ci of dashboard/, then its bundler; again only when dashboard/package-lock.json changes), " +
      "then start the server, which serves it at /dashboard",
  )
  .option("--build-only", "build it if needed, do not start the server", false)
  .action(async (opts: { buildOnly: boolean }) => (await commands.dashboard()).dashboardCommand(opts))

program
  .command("db:migrate")
  .description("apply pending migrations")
  .action(async () => (await commands.migrate()).migrateCommand())

program
  .command("user")
  .description("create an admin user")
  .requiredOption("-e, --email <email>", "the user's email")
  .requiredOption("-p, --password <password>", "the user's password")
  .action(async (opts: { email: string; password: string }) => (await commands.user()).userCommand(opts))

program
  .command("seed")
  .description(
    "create a demo catalogue (sales channels, publishable keys, stock locations, regions, ~30 products with stock); " +
      "safe to re-run: it creates only what is missing",
  )
  .action(async () => (await commands.seed()).seedCommand())

program
  .command("secrets")
  .description("the JWT and cookie signing secrets kept in the database (when JWT_SECRET / COOKIE_SECRET are not set)")
  .command("rotate")
  .description(
    "replace them for every process on the database; what the old ones signed keeps working for its remaining lifetime (JWT_EXPIRES_IN, SESSION_EXPIRES_IN)",
  )
  .option("--now", "the old secrets stop working at once: every token and session cookie they signed is refused", false)
  .action(async (opts: { now: boolean }) => {
    process.exitCode = await (await commands.secrets()).rotateSecretsCommand(opts)
  })

program
  .command("why")
  .description("why a storefront key does or does not see a product: every condition the store applies, as a checklist")
  .argument("<product>", "the product's handle or id")
  .option("--key <token>", "the publishable key (pk_…)")
  .option("--key-id <id>", "the publishable key's id (apk_…)")
  .option("--channel <id>", "a sales channel instead of a key")
  .option("--region <id>", "the region whose currency prices are checked in (default: the store's default region)")
  .option("--json", "print the report as JSON", false)
  .action(async (product: string, opts: WhyOptions) => {
    process.exitCode = await (await commands.why()).whyCommand(product, opts)
  })

program
  .command("import")
  .description("import products with their variants, prices, sales channels and stock from a CSV file; safe to re-run")
  .argument("<file>", "the CSV file (see the format below)")
  .option("--batch-size <n>", "products written per transaction", (v) => positiveInt("--batch-size", v), 100)
  .option("--dry-run", "check every row against the database and write nothing", false)
  .addHelpText(
    "after",
    `\n${FORMAT_HELP}\n\nExit code: 0 when every row was imported, 1 when some rows were rejected (each is listed\n` +
      "on stderr with its line number and the reason; the other products were imported) or the file\ncould not be read.\n" +
      "Example: npx salesgraph import examples/products.csv",
  )
  .action(async (file: string, opts: { batchSize: number; dryRun: boolean }) => {
    process.exitCode = await (await commands.import()).importCommand(file, opts)
  })

// every command's failure: one line saying what to do next; the stack only with --verbose
program.parseAsync().catch(async (error: unknown) => {
  const { explainError } = await import("./terminal/explain-error.js")
  console.error(`salesgraph: ${explainError(error)}`)
  if (program.opts().verbose || process.argv.includes("--verbose")) console.error(error)
  process.exit(1)
})
