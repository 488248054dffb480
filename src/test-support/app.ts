import { after } from "node:test"
import { openApp, type App } from "../app/app.js"
import { loadConfig, type Config } from "../app/config.js"
import { createTestDatabase } from "./database.js"

/** An application on its own fresh database, closed and dropped when the test file ends. */
export async function testApp(overrides: Partial<Config> = {}): Promise<App> {
  const db = await createTestDatabase()
  const config = loadConfig({}, { databaseUrl: db.url, logLevel: "silent", ...overrides })
  const app = await openApp(config, { migrate: false })
  after(async () => {
    await app.close()
    await db.drop()
  })
  return app
}
