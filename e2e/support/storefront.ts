import { execFileSync } from "node:child_process"
import { createHash } from "node:crypto"
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs"
import { join, resolve } from "node:path"
import { run, spawnGroup } from "./processes.js"
import { REPO_ROOT } from "./salesgraph.js"
import { freePort, waitForUrl } from "./wait.js"

/** Gitignored: the storefront's npm install (by lockfile hash) and its builds. */
export const CACHE = resolve(process.env.SALESGRAPH_E2E_CACHE ?? join(REPO_ROOT, ".e2e-cache"))

/** Medusa's DTC storefront: ../shared/clients/medusa-storefront beside the repo, or SALESGRAPH_STOREFRONT_SRC. */
export function storefrontSource(): string {
  const src = resolve(process.env.SALESGRAPH_STOREFRONT_SRC ?? join(REPO_ROOT, "../shared/clients/medusa-storefront"))
  if (!existsSync(join(src, "package-lock.json"))) {
    throw new Error(
      `Medusa's storefront is not at ${src} (no package-lock.json): put shared/ beside the repo or set SALESGRAPH_STOREFRONT_SRC`,
    )
  }
  return src
}

/**
 * The storefront's node_modules, installed once per lockfile (`npm ci` takes minutes and ~400 MB):
 * `.e2e-cache/deps-<hash>/node_modules`. Installed in a temp dir and renamed, so an interrupted
 * install is never taken for a finished one.
 */
export async function storefrontDependencies(src: string): Promise<string> {
  const hash = createHash("sha256")
    .update(readFileSync(join(src, "package-lock.json")))
    .digest("hex")
    .slice(0, 16)
  const dir = join(CACHE, `deps-${hash}`)
  if (existsSync(join(dir, ".installed"))) return join(dir, "node_modules")
  const tmp = `${dir}.tmp-${process.pid}`
  rmSync(tmp, { recursive: true, force: true })
  mkdirSync(tmp, { recursive: true })
  for (const file of ["package.json", "package-lock.json"])
    writeFileSync(join(tmp, file), readFileSync(join(src, file)))
  await run("npm", ["ci", "--no-audit", "--no-fund"], { cwd: tmp, log: join(tmp, "npm-ci.log") })
  writeFileSync(join(tmp, ".installed"), new Date().toISOString())
  rmSync(dir, { recursive: true, force: true })
  renameSync(tmp, dir)
  return join(dir, "node_modules")
}

export interface StorefrontBuild {
  dir: string
  port: number
  region: string
}

/**
 * A copy of the storefront built against `backendUrl` with `key` (Next.js bakes both in at build
 * time, so each key needs its own build), in `.e2e-cache/build-<name>`. node_modules is hard-linked
 * from the cache (seconds, no disk); the build reads the backend, which must be running and seeded.
 */
export async function buildStorefront(options: {
  name: string
  backendUrl: string
  key: string
  region: string
}): Promise<StorefrontBuild> {
  const src = storefrontSource()
  const modules = await storefrontDependencies(src)
  // always built at the same path: Next.js keys its compiler cache by where next is installed
  const work = join(CACHE, "build")
  rmSync(work, { recursive: true, force: true })
  execFileSync("cp", ["-r", src, work])
  execFileSync("chmod", ["-R", "u+w", work])
  rmSync(join(work, "node_modules"), { recursive: true, force: true })
  rmSync(join(work, ".next"), { recursive: true, force: true })
  execFileSync("cp", ["-al", modules, join(work, "node_modules")])
  const port = await freePort()
  writeFileSync(
    join(work, ".env.local"),
    [
      `NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY=${options.key}`,
      `NEXT_PUBLIC_MEDUSA_BACKEND_URL=${options.backendUrl}`,
      `NEXT_PUBLIC_DEFAULT_REGION=${options.region}`,
      `NEXT_PUBLIC_BASE_URL=http://127.0.0.1:${port}`,
      "",
    ].join("\n"),
  )
  // the last build's compiler cache (.e2e-cache/next-cache) is handed on to this one
  const warm = join(CACHE, "next-cache")
  mkdirSync(join(work, ".next"))
  if (existsSync(warm)) renameSync(warm, join(work, ".next", "cache"))
  await run(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    cwd: work,
    env: nextEnv(),
    log: join(work, "next-build.log"),
  })
  if (existsSync(join(work, ".next", "cache"))) renameSync(join(work, ".next", "cache"), warm)
  const dir = join(CACHE, `build-${options.name}`)
  rmSync(dir, { recursive: true, force: true })
  renameSync(work, dir)
  return { dir, port, region: options.region }
}

const nextEnv = () => ({ ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" })

export interface Storefront {
  url: string
  stop(): Promise<void>
}

/** `next start` of a build in its own process group, once it serves the region's home page. */
export async function startStorefront(build: StorefrontBuild): Promise<Storefront> {
  const log = join(build.dir, "next-start.log")
  const group = spawnGroup(
    process.execPath,
    ["node_modules/next/dist/bin/next", "start", "-p", String(build.port), "-H", "127.0.0.1"],
    { cwd: build.dir, env: nextEnv(), log },
  )
  const url = `http://127.0.0.1:${build.port}`
  try {
    await waitForUrl(`${url}/${build.region}`, { alive: () => group.child.exitCode === null })
  } catch (e) {
    await group.stop()
    throw new Error(`${(e as Error).message}\n${readFileSync(log, "utf8").slice(-3000)}`)
  }
  return { url, stop: () => group.stop() }
}
