import { spawn } from "node:child_process"
import { createHash } from "node:crypto"
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { DASHBOARD_BUILD_DIR, DASHBOARD_PACKAGE_DIR } from "../../http/dashboard/dashboard-page.js"

/** Written into the build and into node_modules: the inputs' hash each was made from. */
const STAMP = ".salesgraph-stamp"

/** What a build depends on: the pinned packages (lockfile) and the build script. */
function inputsHash(dir: string): string {
  const hash = createHash("sha256")
  for (const file of ["package-lock.json", "build.mjs"]) hash.update(readFileSync(join(dir, file)))
  return hash.digest("hex")
}

const stampOf = (dir: string) => (existsSync(join(dir, STAMP)) ? readFileSync(join(dir, STAMP), "utf8") : undefined)

function run(command: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: "inherit" })
    child.on("error", reject)
    child.on("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} failed (${signal ?? `exit ${code}`})`)),
    )
  })
}

export interface DashboardBuild {
  dir: string
  /** false when an up-to-date build was already there */
  built: boolean
}

/**
 * Builds Medusa's dashboard into dashboard/build once: `npm ci` of dashboard/ (its own pinned
 * packages, never salesgraph's), then the admin bundler. A build made from the same lockfile and
 * script is kept; a changed lockfile installs and builds again. The new build is made beside the
 * old one and swapped in, so a failed build leaves the previous one served.
 */
export async function buildDashboard(log: (line: string) => void = console.log): Promise<DashboardBuild> {
  const pkg = DASHBOARD_PACKAGE_DIR
  const hash = inputsHash(pkg)
  if (stampOf(DASHBOARD_BUILD_DIR) === hash && existsSync(join(DASHBOARD_BUILD_DIR, "index.html")))
    return { dir: DASHBOARD_BUILD_DIR, built: false }
  const modules = join(pkg, "node_modules")
  if (stampOf(modules) !== hash) {
    log("Installing @medusajs/dashboard and its bundler into dashboard/node_modules (npm ci, a minute or two)…")
    await run("npm", ["ci", "--no-audit", "--no-fund"], pkg)
    writeFileSync(join(modules, STAMP), hash)
  }
  log("Building Medusa's dashboard (a minute or two)…")
  const next = join(pkg, `build.tmp-${process.pid}`)
  try {
    await run(process.execPath, ["build.mjs", next], pkg)
    writeFileSync(join(next, STAMP), hash)
    rmSync(DASHBOARD_BUILD_DIR, { recursive: true, force: true })
    renameSync(next, DASHBOARD_BUILD_DIR)
  } finally {
    rmSync(next, { recursive: true, force: true })
  }
  return { dir: DASHBOARD_BUILD_DIR, built: true }
}
