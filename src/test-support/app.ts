import { openApp, type App } from "../app/app.js"
import { loadConfig, type Config } from "../app/config.js"
import { createTestDatabase } from "./database.js"

export interface TestApp extends App {
  /** closes the application and drops its database */
  dispose(): Promise<void>
}

/** An application on its own fresh database. Call `dispose()` in an `after` hook. */
export async function testApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const db = await createTestDatabase()
  const config = loadConfig({}, { databaseUrl: db.url, logLevel: "silent", ...overrides })
  const app = await openApp(config, { migrate: false })
  return Object.assign(app, {
    async dispose() {
      await app.close()
      await db.drop()
    },
  })
}
