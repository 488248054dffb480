import { openApp, type App } from "../app/app.js"
import { loadConfig } from "../app/config.js"

/** Where a command writes: the process's streams, or a test's. */
export interface Output {
  stdout: NodeJS.WriteStream
  stderr: NodeJS.WriteStream
}

/**
 * The application as a one-shot command needs it: the same configuration and database as
 * `start` (migrated first, as `start` does, unless SALESGRAPH_NO_MIGRATE=1), and no outbox
 * delivery here: a running server delivers the events this command commits (NOTIFY wakes it),
 * or the next start does, so subscribers see them in the process that holds them.
 */
export function openCliApp(): Promise<App> {
  return openApp(loadConfig(), { migrate: process.env.SALESGRAPH_NO_MIGRATE !== "1", background: false })
}
