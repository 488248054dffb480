import { openApp } from "../../app/app.js"
import { loadConfig } from "../../app/config.js"

export async function migrateCommand() {
  const app = await openApp(loadConfig(), { migrate: true, background: false })
  const { applied } = app.migrations
  console.log(applied.length ? applied.map((m) => `applied ${m.owner}/${m.name}`).join("\n") : "database is up to date")
  await app.close()
}
