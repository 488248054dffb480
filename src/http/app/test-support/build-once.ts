import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs"
import { join } from "node:path"
import { setTimeout as sleep } from "node:timers/promises"
import { fileURLToPath } from "node:url"
import { ADMIN_PAGE_DIR } from "../admin-page.js"

const ROOT = fileURLToPath(new URL("../../../../", import.meta.url))
const SOURCES = join(ROOT, "admin-ui")
const LOCK = join(ROOT, "dist", ".admin-ui-build.lock")

function newest(path: string): number {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  const inputs = readdirSync(path).filter((name) => !name.endsWith(".md"))
  return Math.max(stat.mtimeMs, ...inputs.map((name) => newest(join(path, name))))
}

function stale(): boolean {
  const index = join(ADMIN_PAGE_DIR, "index.html")
  return !existsSync(index) || newest(SOURCES) > statSync(index).mtimeMs
}

/**
 * Builds the admin page (admin-ui/ → dist/admin-ui/) when it is missing or older than its sources,
 * so the servers of the browser tests serve the current page. Test files run in parallel
 * processes: a lock directory lets one build while the others wait.
 */
export async function ensureAdminPageBuilt(): Promise<void> {
  if (!stale()) return
  mkdirSync(join(ROOT, "dist"), { recursive: true })
  for (let waited = 0; ; waited += 200) {
    try {
      mkdirSync(LOCK)
      break
    } catch {
      if (waited > 120_000) rmSync(LOCK, { recursive: true, force: true }) // a crashed builder's lock
      await sleep(200)
    }
  }
  try {
    if (!stale()) return
    const { build } = await import("vite")
    await build({ configFile: join(SOURCES, "vite.config.ts"), logLevel: "warn" })
  } finally {
    rmSync(LOCK, { recursive: true, force: true })
  }
}
