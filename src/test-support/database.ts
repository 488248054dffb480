import { randomBytes } from "node:crypto"
import { newClient, withClient } from "../db/client.js"

/**
 * A fresh database for one test file, cloned from the migrated template that `npm test`
 * prepared (on the embedded PostgreSQL or on the server, whichever the run uses); `empty`: a
 * database with no table at all (for tests of migrating).
 */
export async function createTestDatabase(
  options: { empty?: boolean } = {},
): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = process.env.SALESGRAPH_TEST_ADMIN_URL
  const template = process.env.SALESGRAPH_TEST_TEMPLATE
  if (!adminUrl || !template) throw new Error("run tests with `npm test` (it prepares the databases)")
  const ppid = template.split("_")[2]
  const name = `sg_t_${ppid}_${randomBytes(5).toString("hex")}`
  const admin = newClient({ connectionString: adminUrl })
  await admin.connect()
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${options.empty ? "template0" : template}"`)
        break
      } catch (e) {
        // "source database is being accessed by other users": another file is cloning it right now
        if ((e as { code?: string }).code !== "55006" || attempt > 50) throw e
        await new Promise((r) => setTimeout(r, 50 + Math.random() * 100))
      }
    }
  } finally {
    await admin.end()
  }
  const url = new URL(adminUrl)
  url.pathname = "/" + name
  return {
    url: url.toString(),
    async drop() {
      await withClient({ connectionString: adminUrl }, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`))
    },
  }
}
